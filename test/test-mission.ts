/** The smallest widget, for testing what every widget shares: the mission's name and a source. */
import { html, type TemplateResult } from 'lit';
import { MissionElement } from '../src/components/mission-element.js';
import type { LoadedMission } from '../src/data/load.js';
import { defineElement } from '../src/define.js';

export class TestMission extends MissionElement {
  protected renderMission({ data }: LoadedMission): TemplateResult {
    return html`<h2>${this.text(data.name)}</h2>
      ${this.renderSources([data.sources[1].id])}`;
  }
}
defineElement('test-mission', TestMission);

declare global {
  interface HTMLElementTagNameMap {
    'test-mission': TestMission;
  }
}

export const heading = (el: Element) => el.shadowRoot?.querySelector('h2')?.textContent;
