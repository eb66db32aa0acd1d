import { expect, waitUntil } from '@open-wc/testing';
import { defineElement } from '../src/define.js';

describe('defineElement', () => {
  it('registers once and ignores a second registration of the same version', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('define-twice', First);
      defineElement('define-twice', First);
      defineElement('define-twice', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('define-twice')).to.equal(First);
    expect(warnings, 'same version, another copy: silent').to.deep.equal([]);
  });

  it('warns once, naming both, when another script owns the name', () => {
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('define-foreign', Foreign);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('define-foreign', Ours);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /<define-foreign> is already defined by another script; mission-widgets \d+\.\d+\.\d+/,
    );
  });
});

describe('class entries and define(tag, registry)', () => {
  it('importing a class entry registers nothing', async () => {
    const { TroopCounter } = await import('../src/troop-counter/class.js');
    await import('../src/contributor-list/class.js');
    await import('../src/event-timeline/class.js');
    await import('../src/classes.js');
    expect(TroopCounter).to.be.a('function');
    for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('registers a class under a name of the page’s choosing, and it renders there', async () => {
    const { define, TroopCounter } = await import('../src/troop-counter/class.js');
    expect(define('news-counter')).to.equal(TroopCounter);
    const element = document.createElement('news-counter');
    document.body.append(element);
    await (element as InstanceType<typeof TroopCounter>).updateComplete;
    await waitUntil(() => element.shadowRoot?.textContent?.includes('personnel'), 'renders its figure');
    expect(element).to.be.instanceOf(TroopCounter);
    element.remove();
  });

  it('registers the same class under a second name as a subclass', async () => {
    const { define, ContributorList } = await import('../src/contributor-list/class.js');
    const first = define('list-one');
    const second = define('list-two');
    expect(first).to.equal(ContributorList);
    expect(second).to.not.equal(ContributorList);
    expect(second.prototype).to.be.instanceOf(ContributorList);
    expect(customElements.get('list-two')).to.equal(second);
  });

  it('defines into the registry it is given, not the page’s: a scoped registry where the engine has them', async () => {
    const { define, EventTimeline } = await import('../src/event-timeline/class.js');
    const defined = new Map<string, CustomElementConstructor>();
    const fake = {
      define: (name: string, constructor: CustomElementConstructor) => void defined.set(name, constructor),
      get: (name: string) => defined.get(name),
    };
    let scoped: CustomElementRegistry | undefined;
    try {
      scoped = new CustomElementRegistry();
    } catch {
      // An engine without scoped registries: `new CustomElementRegistry()` is an illegal constructor.
    }
    for (const registry of scoped ? [scoped, fake] : [fake]) {
      expect(define(undefined, registry)).to.equal(EventTimeline);
      expect(registry.get('event-timeline')).to.equal(EventTimeline);
      // A second define of the same name in that registry is a no-op returning the first.
      expect(define('event-timeline', registry)).to.equal(EventTimeline);
    }
    expect([...defined.keys()]).to.deep.equal(['event-timeline']);
    expect(customElements.get('event-timeline')).to.equal(undefined);
  });
});
