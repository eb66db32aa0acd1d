// Another copy of the library, version 0.0.1, already owns <troop-counter> on this page.
class OlderTroopCounter extends HTMLElement {
  connectedCallback() {
    this.textContent = 'older copy';
  }
}
OlderTroopCounter[Symbol.for('mission-widgets.version')] = '0.0.1';
customElements.define('troop-counter', OlderTroopCounter);
