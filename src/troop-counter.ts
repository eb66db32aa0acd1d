/** `<troop-counter>` alone: registers the element and exports its class. */
import { TroopCounter } from './components/troop-counter.js';
import { defineElement } from './define.js';

defineElement('troop-counter', TroopCounter);

export { TroopCounter };
