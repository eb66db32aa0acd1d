import { expect } from '@open-wc/testing';
import {
  BOOLEAN_ATTRIBUTES,
  readEmbedParameters,
  SHARED_ATTRIBUTES,
  WIDGET_ATTRIBUTES,
  type WidgetTag,
} from '../../src/frame/params.js';
import '../../src/index.js';

describe('embed parameters', () => {
  const cases: [string, Partial<ReturnType<typeof readEmbedParameters>>][] = [
    ['widget=troop-counter', { tag: 'troop-counter', attributes: [], warnings: [] }],
    [
      'widget=troop-counter&country=JM&as-of=2024-09-01&locale=fr&theme=dark&history',
      {
        tag: 'troop-counter',
        attributes: [
          ['country', 'JM'],
          ['as-of', '2024-09-01'],
          ['locale', 'fr'],
          ['theme', 'dark'],
          ['history', ''],
        ],
        warnings: [],
      },
    ],
    [
      'widget=event-timeline&filters=true&collapsed=false&layout=horizontal&src=https%3A%2F%2Fdata.example%2Fm.json&refresh=60',
      {
        tag: 'event-timeline',
        attributes: [
          ['filters', ''],
          ['layout', 'horizontal'],
          ['src', 'https://data.example/m.json'],
          ['refresh', '60'],
        ],
        warnings: [],
      },
    ],
    [
      'widget=event-timeline&filters=yes',
      { attributes: [], warnings: ['filters: "yes" is neither true nor false, ignored'] },
    ],
    [
      'widget=contributor-list&label=Hi&onclick=alert(1)&sort=name&sort=arrival',
      {
        tag: 'contributor-list',
        attributes: [['sort', 'name']],
        warnings: [
          'label: not an attribute of <contributor-list>, ignored',
          'onclick: not an attribute of <contributor-list>, ignored',
          'sort: given more than once, the first value is used',
        ],
      },
    ],
    [
      'widget=troop-counter&label=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      { attributes: [['label', '<img src=x onerror=alert(1)>']], warnings: [] },
    ],
    ['widget=script', { tag: undefined, attributes: [] }],
    ['widget=Troop-Counter', { tag: undefined }],
    ['country=JM', { tag: undefined, warnings: ['country: ignored'] }],
    [
      'widget=troop-counter&parent=https%3A%2F%2Fnews.example&frame=story-1',
      { targetOrigin: 'https://news.example', frameId: 'story-1', warnings: [] },
    ],
    ['widget=troop-counter&parent=https%3A%2F%2Fnews.example%2F', { targetOrigin: 'https://news.example' }],
    ['widget=troop-counter&parent=http%3A%2F%2F127.0.0.1%3A8080', { targetOrigin: 'http://127.0.0.1:8080' }],
    [
      'widget=troop-counter&parent=https%3A%2F%2Fnews.example%2Fstory.html',
      {
        targetOrigin: '*',
        warnings: [
          'parent: "https://news.example/story.html" is not an origin such as https://news.example; messages go to any parent',
        ],
      },
    ],
    ['widget=troop-counter&parent=javascript%3Aalert(1)', { targetOrigin: '*' }],
    ['widget=troop-counter&parent=*', { targetOrigin: '*' }],
    [
      'widget=troop-counter&frame=%3Cb%3E',
      { frameId: '', warnings: ['frame: use at most 64 letters, digits, "-" or "_"; ignored'] },
    ],
  ];
  for (const [query, expected] of cases) {
    it(`?${decodeURIComponent(query)}`, () => {
      const settings = readEmbedParameters(`?${query}`);
      for (const [key, value] of Object.entries(expected)) {
        expect(settings[key as keyof typeof settings], key).to.deep.equal(value);
      }
    });
  }

  it('explains a missing or unknown widget', () => {
    expect(readEmbedParameters('').error).to.match(/widget parameter is missing/);
    expect(readEmbedParameters('?widget=img').error).to.match(/"img" is not a widget/);
  });

  // The embed's allow-list is the elements' own: a new attribute must reach the embed too.
  for (const tag of Object.keys(WIDGET_ATTRIBUTES) as WidgetTag[]) {
    it(`<${tag}>: every attribute the element observes, and no other`, () => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      expect([...SHARED_ATTRIBUTES, ...WIDGET_ATTRIBUTES[tag]].sort()).to.deep.equal([...observed].sort());
      const booleans = observed.filter((name) => {
        const el = document.createElement(tag);
        el.setAttribute(name, '');
        return (el as unknown as Record<string, unknown>)[name] === true;
      });
      expect(booleans.sort()).to.deep.equal(
        WIDGET_ATTRIBUTES[tag].filter((name) => BOOLEAN_ATTRIBUTES.has(name)).sort(),
      );
    });
  }
});
