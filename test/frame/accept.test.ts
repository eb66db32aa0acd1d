import { expect, fixture, html } from '@open-wc/testing';
import { acceptResize, setFrameHeight } from '../../src/frame/accept.js';
import { HEIGHT_MESSAGE } from '../../src/frame/protocol.js';

const valid = { type: HEIGHT_MESSAGE, id: '', height: 321 };

describe('acceptResize', () => {
  let root: HTMLElement;
  let ours: HTMLIFrameElement;
  let unmarked: HTMLIFrameElement;
  const here = location.origin;

  beforeEach(async () => {
    root = await fixture(html`
      <div>
        <iframe data-mission-widget src="/demo/favicon.svg?a"></iframe>
        <iframe src="/demo/favicon.svg?b"></iframe>
      </div>
    `);
    [ours, unmarked] = root.querySelectorAll('iframe');
  });

  it('takes the height from our frame, from its origin, in the right shape', () => {
    const resize = acceptResize({ source: ours.contentWindow, origin: here, data: valid }, root);
    expect(resize?.frame).to.equal(ours);
    expect(resize?.height).to.equal(321);
  });

  const refused: [string, () => Partial<MessageEvent>][] = [
    [
      'a frame without data-mission-widget',
      () => ({ source: unmarked.contentWindow, origin: here, data: valid }),
    ],
    ['the page itself', () => ({ source: window, origin: here, data: valid })],
    ['no source', () => ({ source: null, origin: here, data: valid })],
    [
      'another origin than the src',
      () => ({ source: ours.contentWindow, origin: 'https://evil.example', data: valid }),
    ],
    ['an opaque origin', () => ({ source: ours.contentWindow, origin: 'null', data: valid })],
    [
      'a wrong shape',
      () => ({ source: ours.contentWindow, origin: here, data: { ...valid, height: '321' } }),
    ],
  ];
  for (const [name, event] of refused) {
    it(`ignores ${name}`, () => {
      expect(acceptResize(event() as MessageEvent, root)).to.equal(undefined);
    });
  }

  it('ignores a frame whose src is on another origin, even from its window', () => {
    ours.setAttribute('src', 'https://embeds.example/embed.html');
    expect(acceptResize({ source: ours.contentWindow, origin: here, data: valid }, root)).to.equal(undefined);
    expect(
      acceptResize({ source: ours.contentWindow, origin: 'https://embeds.example', data: valid }, root)
        ?.height,
    ).to.equal(321);
  });
});

describe('setFrameHeight', () => {
  for (const boxSizing of ['content-box', 'border-box']) {
    it(`gives the content box the height, with box-sizing: ${boxSizing}`, async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      frame.style.cssText = `box-sizing: ${boxSizing}; border: 3px solid; padding: 2px 0`;
      setFrameHeight(frame, 250);
      expect(frame.clientHeight - 4).to.equal(250);
    });
  }
});
