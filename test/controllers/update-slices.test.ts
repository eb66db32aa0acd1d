import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MissionElement } from '../../src/components/mission-element.js';
import { SLICE_MS, updateTurn } from '../../src/controllers/update-slices.js';
import { loadDefaultMission } from '../../src/data/load.js';
import { defineElement } from '../../src/define.js';

/** Keeps the thread busy for `ms` (a slow update, made certain rather than hoped for). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/** Resolves in the next task: what runs before it ran in an earlier task or in the same one. */
const taskAfterThis = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** A widget whose every content render takes 10 ms. */
class SlowWidget extends MissionElement {
  protected renderMission(): TemplateResult {
    busy(10);
    return html`<p>ready</p>`;
  }
}
defineElement('slow-widget', SlowWidget);

describe('update slices', () => {
  it('lets updates run at once until the task has spent its slice, then in later tasks', async () => {
    await taskAfterThis(); // a fresh task, with no slice begun
    expect(updateTurn(), 'the first update of a task').to.equal(undefined);
    expect(updateTurn(), 'another one early in the slice').to.equal(undefined);
    busy(SLICE_MS + 1);
    const order: string[] = [];
    const earlier = taskAfterThis().then(() => order.push('a task queued before'));
    const turns = [updateTurn(), updateTurn()];
    expect(turns.every((turn) => turn instanceof Promise)).to.equal(true);
    await Promise.all(turns.map((turn, i) => turn!.then(() => order.push(`turn ${i + 1}`))));
    await earlier;
    expect(order).to.deep.equal(['a task queued before', 'turn 1', 'turn 2']);
  });

  it('renders widgets that arrive together over several tasks, all of them in the end', async () => {
    await loadDefaultMission(); // the data is there at once: only rendering takes time
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    await taskAfterThis();
    const widgets = Array.from({ length: 10 }, () => document.createElement('slow-widget') as SlowWidget);
    wrapper.append(...widgets);
    const rendered = () => widgets.filter((el) => el.shadowRoot?.textContent?.includes('ready')).length;
    await taskAfterThis(); // queued before any widget waited for its turn
    // 10 renders of 10 ms cannot fit in one slice of 25 ms; the first always runs at once.
    expect(rendered()).to.be.within(1, 9);
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(rendered()).to.equal(10);
  });
});
