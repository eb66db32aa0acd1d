import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { css, LitElement, html as litHtml } from 'lit';
import {
  ContainerWidthController,
  elementsWatchedForWidth,
} from '../../src/controllers/container-width-controller.js';

/** Renders `wide` or `narrow` at 40rem (unless told another); remembers the answer of every render. */
class WidthHost extends LitElement {
  // The widgets' box: padding and border outside the content box that is compared.
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      padding: 10px;
      border: 3px solid;
    }
  `;
  width = new ContainerWidthController(this, 40);
  answers: boolean[] = [];
  /** A host that has nothing to lay out yet (a widget waiting for its data) does not ask. */
  waiting = false;
  override render() {
    if (this.waiting) return litHtml`waiting`;
    const wide = this.width.wide;
    this.answers.push(wide);
    return litHtml`${wide ? 'wide' : 'narrow'}`;
  }
}
customElements.define('width-host', WidthHost);

/** A host whose wide layout is words on one line, followed as the list follows its table. */
class ContentHost extends WidthHost {
  override render() {
    const wide = this.width.wide;
    this.answers.push(wide);
    return wide
      ? litHtml`<span style="display: inline-block; white-space: nowrap">wide words</span>`
      : litHtml`narrow`;
  }
  override updated() {
    this.width.follow(this.shadowRoot!.querySelector('span') ?? undefined);
  }
}
customElements.define('content-host', ContentHost);

/** A settled host in a wrapper `inline-size` px wide, with the wrapper's and the host's extra styles. */
async function host(inlineSize: number, wrapperStyle = '', hostStyle = ''): Promise<WidthHost> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${inlineSize}px; ${wrapperStyle}">
      <width-host style=${hostStyle}></width-host>
    </div>`,
  );
  const el = wrapper.querySelector<WidthHost>('width-host')!;
  await el.updateComplete;
  return el;
}

/**
 * After this, the resize observations of the next frame are delivered: a frame runs its
 * animation frame callbacks, then layout, then resize observers, before the next frame's.
 */
async function observed(el: WidthHost): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

const resize = (el: WidthHost, inlineSize: number) =>
  (el.parentElement!.style.inlineSize = `${inlineSize}px`);

describe('ContainerWidthController', () => {
  // 40rem is 640px; the host's padding and border take 26px of the wrapper's width.
  const cases: [string, number, string, boolean][] = [
    ['border-box', 280, '', false],
    ['border-box', 665, '', false],
    ['border-box', 666, '', true],
    ['border-box', 900, '', true],
    ['content-box', 665, 'box-sizing: content-box', false],
    ['content-box', 666, 'box-sizing: content-box', true],
  ];
  for (const [sizing, width, hostStyle, wide] of cases) {
    it(`answers ${wide ? 'wide' : 'narrow'} at its first render in ${width}px (${sizing}), and renders once`, async () => {
      const el = await host(width, '', hostStyle);
      await observed(el);
      expect(el.answers).to.deep.equal([wide]);
      expect(el.shadowRoot!.textContent).to.equal(wide ? 'wide' : 'narrow');
    });
  }

  it('answers for the size at its first reading, though the observer saw another size before it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
    const el = document.createElement('width-host') as WidthHost;
    el.waiting = true;
    wrapper.append(el);
    await observed(el);
    // The column narrows, and in the same task the host has something to lay out.
    resize(el, 300);
    el.waiting = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('narrow');
    await observed(el);
    expect(el.answers, 'narrow at once, and no second layout').to.deep.equal([false]);
  });

  it('answers for a threshold changed between renders in the next render, with no update after it', async () => {
    // 900px: a content box of 874px, wide at 40rem (640px), narrow at 60rem (960px).
    const el = await host(900);
    await observed(el);
    el.width.rem = 60;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('narrow');
    el.width.rem = 50;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('wide');
    await observed(el);
    expect(el.answers, 'each answer in its own render, none later').to.deep.equal([true, false, true]);
    // The observer then answers for the new threshold: narrow below 800px.
    resize(el, 700);
    await waitUntil(() => el.answers.length === 4, 'one update on crossing 50rem');
    expect(el.answers.at(-1)).to.equal(false);
  });

  it('counts rem in the root font size', async () => {
    document.documentElement.style.fontSize = '20px';
    try {
      expect((await host(800)).answers).to.deep.equal([false]);
      expect((await host(826)).answers).to.deep.equal([true]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('measures the inline axis in a vertical writing mode', async () => {
    const el = await host(900, 'writing-mode: vertical-rl');
    expect(el.getBoundingClientRect().width, 'physically narrow').to.be.below(200);
    expect(el.answers).to.deep.equal([true]);
    resize(el, 300);
    await waitUntil(() => el.answers.at(-1) === false, 'narrow once its inline size shrinks');
  });

  it('updates the host only when the answer changes', async () => {
    const el = await host(900);
    for (const width of [850, 700, 667]) {
      resize(el, width);
      await observed(el);
    }
    expect(el.answers).to.deep.equal([true]);
    resize(el, 600);
    await waitUntil(() => el.answers.length === 2, 'one update on crossing the threshold');
    for (const width of [500, 320]) {
      resize(el, width);
      await observed(el);
    }
    resize(el, 1000);
    await waitUntil(() => el.answers.length === 3, 'one update on crossing back');
    await observed(el);
    expect(el.answers).to.deep.equal([true, false, true]);
  });

  it('keeps its last answer while the host is not laid out, narrow when it never was', async () => {
    const el = await host(900);
    el.parentElement!.style.display = 'none';
    await observed(el);
    expect(el.answers).to.deep.equal([true]);
    el.parentElement!.style.display = '';
    resize(el, 300);
    await waitUntil(() => el.answers.length === 2);
    expect(el.answers).to.deep.equal([true, false]);

    const hidden = await host(900, 'display: none');
    expect(hidden.answers).to.deep.equal([false]);
    hidden.parentElement!.style.display = '';
    await waitUntil(() => hidden.answers.length === 2, 'wide once laid out');
    expect(hidden.answers).to.deep.equal([false, true]);
  });

  it('answers narrow once its wide content grows past the box (a font, a text size), and wide again only in a box as wide as it needs', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 900px"><content-host></content-host></div>`,
    );
    const el = wrapper.querySelector<ContentHost>('content-host')!;
    await observed(el);
    expect(el.answers).to.deep.equal([true]);
    // No render: only the words' size changes, as when a web font arrives.
    el.style.fontSize = '200px';
    await waitUntil(() => el.shadowRoot!.textContent === 'narrow', 'narrow once the words no longer fit');
    const need = el.width.need;
    expect(need, 'the width its words need').to.be.above(874);
    for (let i = 0; i < 3; i++) await observed(el);
    expect(el.answers, 'narrow, and no flip-flop back').to.deep.equal([true, false]);
    // A box a little narrower than the words: still narrow; as wide as they are: wide.
    resize(el, need + 16);
    await observed(el);
    expect(el.answers.at(-1)).to.equal(false);
    resize(el, need + 26);
    await waitUntil(() => el.shadowRoot!.textContent === 'wide words', 'wide in a box as wide as the words');
    for (let i = 0; i < 3; i++) await observed(el);
    expect(el.answers).to.deep.equal([true, false, true]);
  });

  // A hostile or old page: its own `document.fonts`, with no listeners or that throws when read.
  const hostileFonts: [string, PropertyDescriptor][] = [
    ['an object without addEventListener', { value: {} }],
    [
      'a getter that throws',
      {
        get() {
          throw new Error('no fonts here');
        },
      },
    ],
  ];
  for (const [page, descriptor] of hostileFonts) {
    it(`renders and follows its width on a page whose document.fonts is ${page}, with no uncaught error`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      Object.defineProperty(document, 'fonts', { configurable: true, ...descriptor });
      try {
        const el = await host(900);
        expect(el.shadowRoot!.textContent).to.equal('wide');
        resize(el, 300);
        await waitUntil(() => el.shadowRoot!.textContent === 'narrow', 'narrow once the column narrows');
        el.parentElement!.remove();
        expect(elementsWatchedForWidth(), 'no host left watched').to.equal(0);
      } finally {
        delete (document as { fonts?: unknown }).fonts;
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('watches every host with one shared observer, and stops watching hosts that leave', async () => {
    expect(elementsWatchedForWidth(), 'no host left from earlier tests').to.equal(0);
    const Original = window.ResizeObserver;
    const made: ResizeObserver[] = [];
    const observing: Element[] = [];
    const unobserved: Element[] = [];
    let disconnected = 0;
    window.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        made.push(this);
      }
      override observe(target: Element, options?: ResizeObserverOptions) {
        observing.push(target);
        super.observe(target, options);
      }
      override unobserve(target: Element) {
        unobserved.push(target);
        super.unobserve(target);
      }
      override disconnect() {
        disconnected++;
        super.disconnect();
      }
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 900px">
          <width-host></width-host><width-host></width-host><width-host></width-host>
        </div>`,
      );
      const hosts = [...wrapper.querySelectorAll('width-host')];
      expect(made).to.have.length(1);
      expect(observing).to.deep.equal(hosts);
      expect(elementsWatchedForWidth()).to.equal(3);

      const [first] = hosts;
      first.remove();
      expect(unobserved).to.deep.equal([first]);
      expect(elementsWatchedForWidth()).to.equal(2);

      wrapper.remove();
      expect(elementsWatchedForWidth()).to.equal(0);
      expect(disconnected, 'the observer goes with the last host').to.equal(1);
    } finally {
      window.ResizeObserver = Original;
    }
  });
});
