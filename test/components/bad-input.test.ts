import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import '../../src/troop-counter.js';
import { loadSettings } from '../../src/data/load.js';
import { clearMissionCache } from '../../src/data/store.js';
import { BAD_INPUTS, PAYLOADS, type BadInput } from '../fixtures/corpus.js';
import { capture, serve, settled } from '../helpers.js';

const WIDGETS = ['troop-counter', 'contributor-list', 'event-timeline'];

async function urlFor(input: BadInput): Promise<string> {
  if (input.url === 'CROSS_ORIGIN') return `http://127.0.0.1:${location.port}/data/haiti-mss.json`;
  if (input.url) return input.url;
  return serve(input.body ?? '', { status: input.status, type: input.type, delay: input.delay });
}

describe('bad input, against every widget', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  const timeout = loadSettings.timeoutMs;
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    loadSettings.timeoutMs = timeout;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => (uncaught.length = 0));
  afterEach(() => {
    clearMissionCache();
    expect(uncaught, 'no uncaught exception or unhandled rejection').to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned, 'no script ran').to.equal(undefined);
  });

  for (const input of BAD_INPUTS) {
    for (const tag of WIDGETS) {
      it(`${tag}: ${input.name}`, async () => {
        // The timeout cases wait 2 s rather than 15; the others keep a generous limit, so that
        // a loaded machine receiving 5 MB before the size limit stops it is not a timeout.
        loadSettings.timeoutMs = input.kind === 'timeout' ? 2_000 : 12_000;
        const src = await urlFor(input);
        let wrapper!: HTMLElement;
        const errors: CustomEvent[] = [];
        const loads: CustomEvent[] = [];
        const logged = await capture('error', async () => {
          wrapper = await fixture(
            html`<div style="inline-size: 320px">
              <p id="before">Before the widget</p>
              ${staticHtml`<${unsafeStatic(tag)} src=${src} locale="en" @mission-data-error=${(e: CustomEvent) => errors.push(e)} @mission-data-load=${(e: CustomEvent) => loads.push(e)}>
              <p class="fallback">Kenya leads the mission. <a href="https://example.org/story">Read more</a></p>
            </${unsafeStatic(tag)}>`}
              <p id="after">After the widget</p>
            </div>`,
          );
          await settled(wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> });
        });
        const widget = wrapper.querySelector(tag)!;
        const shadow = widget.shadowRoot!;
        const fallback = wrapper.querySelector('.fallback')!;

        expect(wrapper.querySelector('#after')!.getBoundingClientRect().width, 'the page goes on').to.equal(
          320,
        );
        expect(widget.getBoundingClientRect().width, 'the widget stays in its column').to.be.at.most(320);
        if (input.kind) {
          expect(errors, 'one mission-data-error').to.have.length(1);
          const { kind, messages } = errors[0].detail as { kind: string; messages: string[] };
          expect(kind).to.equal(input.kind);
          if (input.message)
            expect(
              messages.some((line) => input.message!.test(line)),
              messages.slice(0, 3).join('\n'),
            ).to.equal(true);
          expect(logged.join('\n')).to.contain(input.kind === 'invalid' ? 'error' : errors[0].detail.origin);
          expect(shadow.querySelector('[data-state="error"]'), 'the calm message').to.exist;
          expect(fallback.checkVisibility(), 'the fallback stays visible').to.equal(true);
        } else {
          expect(errors, messagesOf(errors)).to.have.length(0);
          expect(shadow.querySelector('[data-state="complete"]'), 'renders').to.exist;
          const warnings = (loads[0].detail as { warnings: string[] }).warnings;
          if (input.warning)
            expect(
              warnings.some((line) => input.warning!.test(line)),
              warnings.join('\n'),
            ).to.equal(true);
          const injected = [...shadow.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some(
              (attr) => attr.name.startsWith('on') || /^\s*javascript:/i.test(attr.value),
            ),
          );
          expect(
            injected.map((el) => el.outerHTML.slice(0, 80)),
            'no live markup from the data',
          ).to.deep.equal([]);
          expect(shadow.querySelectorAll('img, script, iframe, object, embed').length).to.equal(0);
          const payload = PAYLOADS.find((p) => input.name.includes(`(${PAYLOADS.indexOf(p) + 1})`));
          if (payload) expect(shadow.textContent, 'the markup shows as text').to.contain(payload);
          expect(fallback.checkVisibility(), 'the fallback is hidden once rendered').to.equal(false);
        }
      });
    }
  }
});

function messagesOf(events: CustomEvent[]): string {
  return events
    .map((event) => (event.detail as { messages: string[] }).messages.slice(0, 3).join('\n'))
    .join('\n');
}
