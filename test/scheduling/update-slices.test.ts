import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MissionElement } from '../../src/components/mission-element.js';
import { SLICE_MS, setSliceClock, updateTurn } from '../../src/scheduling/update-slices.js';
import { loadDefaultMission } from '../../src/data/load.js';
import { defineElement } from '../../src/define.js';
import { warmUp } from '../../src/i18n/warm-up.js';

/**
 * A clock the test moves, and tasks the test runs one at a time: slicing is decided by the
 * test, never by how busy the machine is.
 */
function manualSliceClock() {
  let time = 1000;
  const tasks: (() => void)[] = [];
  setSliceClock({
    now: () => time,
    nextTask: () => new Promise<void>((resolve) => tasks.push(resolve)),
  });
  return {
    advance(ms: number) {
      time += ms;
    },
    pending: () => tasks.length,
    /** Runs the oldest waiting task, then every microtask it starts. */
    async runTask() {
      expect(tasks.length, 'a task is waiting').to.be.greaterThan(0);
      tasks.shift()!();
      await settled();
    },
  };
}

/** Every microtask has run (a real task of the event loop has passed). */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve));

let clock: ReturnType<typeof manualSliceClock>;

/** A widget whose every content render takes 40% of a slice on the test's clock. */
const RENDER_MS = SLICE_MS * 0.4;
class SlowWidget extends MissionElement {
  protected renderMission(): TemplateResult {
    clock.advance(RENDER_MS);
    return html`<p>ready</p>`;
  }
}
defineElement('slow-widget', SlowWidget);

/** A widget with a view (its mission's name), which reports when it computes and renders it. */
class ViewedWidget extends MissionElement {
  steps: (step: 'computed' | 'rendered') => void = () => {};
  private readonly views = this.viewOf([], (data) => {
    this.steps('computed');
    return `the view of ${typeof data.name === 'string' ? data.name : data.name.en}`;
  });
  protected renderMission(): TemplateResult {
    this.steps('rendered');
    return html`<p>${this.views.value}</p>`;
  }
}
defineElement('viewed-widget', ViewedWidget);

describe('update slices', () => {
  beforeEach(() => {
    clock = manualSliceClock();
  });
  afterEach(() => setSliceClock());

  it('lets updates run at once until the task has spent its slice, then in later tasks', async () => {
    expect(updateTurn(), 'the first update of a task').to.equal(undefined);
    clock.advance(SLICE_MS - 1);
    expect(updateTurn(), 'another one just inside the slice').to.equal(undefined);
    clock.advance(1);
    const order: string[] = [];
    const turns = [updateTurn(), updateTurn()];
    expect(turns.every((turn) => turn instanceof Promise)).to.equal(true);
    turns.forEach((turn, i) => void turn!.then(() => order.push(`turn ${i + 1}`)));
    // The task queued first ends the slice; each turn then runs in a task of its own, in order.
    expect(clock.pending()).to.equal(3);
    await clock.runTask();
    expect(order).to.deep.equal([]);
    await clock.runTask();
    expect(order).to.deep.equal(['turn 1']);
    await clock.runTask();
    expect(order).to.deep.equal(['turn 1', 'turn 2']);
  });

  it('renders widgets that arrive together over several tasks, all of them in the end', async () => {
    // The data and the formatters are there at once: only rendering takes time.
    await loadDefaultMission();
    await warmUp('en');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // The fixture's own render began a slice: start from a fresh one.
    setSliceClock();
    clock = manualSliceClock();
    const widgets = Array.from({ length: 10 }, () => {
      const widget = document.createElement('slow-widget') as SlowWidget;
      widget.locale = 'en';
      return widget;
    });
    wrapper.append(...widgets);
    const rendered = () => widgets.filter((el) => el.shadowRoot?.textContent?.includes('ready')).length;
    await settled();
    // The third render starts at 80% of the slice, the fourth waits for the next task.
    const perTask = [rendered()];
    while (clock.pending()) {
      const before = rendered();
      await clock.runTask();
      if (rendered() > before) perTask.push(rendered() - before);
    }
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(rendered()).to.equal(10);
    // The first task renders what fits its slice; no later task renders more; it took several.
    expect(perTask[0]).to.equal(3);
    expect(Math.max(...perTask)).to.equal(3);
    expect(perTask.length).to.be.greaterThan(1);
  });

  it('works out a new view in one task and renders it in a later one', async () => {
    await loadDefaultMission();
    await warmUp('en');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    setSliceClock();
    clock = manualSliceClock();
    const steps: string[] = [];
    let task = 0;
    const widget = document.createElement('viewed-widget') as ViewedWidget;
    widget.locale = 'en';
    widget.steps = (step) => steps.push(`${step} in task ${task}`);
    wrapper.append(widget);
    await settled();
    while (clock.pending()) {
      task++;
      await clock.runTask();
    }
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain(
      'the view of The multinational security mission in Haiti',
    );
    const taskOf = (step: string) =>
      Number(
        steps
          .find((s) => s.startsWith(step))!
          .split(' ')
          .at(-1),
      );
    expect(taskOf('rendered'), 'its first render').to.be.greaterThan(taskOf('computed'));
  });
});
