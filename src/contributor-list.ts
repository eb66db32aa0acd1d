/** `<contributor-list>` alone: registers the element and exports its class. */
import { ContributorList } from './components/contributor-list.js';
import { defineElement } from './define.js';

defineElement('contributor-list', ContributorList);

export { ContributorList };

declare global {
  interface HTMLElementTagNameMap {
    'contributor-list': ContributorList;
  }
}
