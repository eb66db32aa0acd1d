import { expect } from '@open-wc/testing';
import {
  ampSizeMessage,
  heightMessage,
  HEIGHT_MESSAGE,
  inAmpFrame,
  MAX_HEIGHT,
  readHeightMessage,
} from '../../src/frame/protocol.js';

const valid = { type: HEIGHT_MESSAGE, id: 'story-1', height: 640 };

describe('frame protocol: the height message', () => {
  it('reads exactly the message the embed sends', () => {
    expect(readHeightMessage(heightMessage('story-1', 639.2))).to.deep.equal(valid);
    expect(readHeightMessage({ height: 1, id: '', type: HEIGHT_MESSAGE })).to.deep.equal({
      type: HEIGHT_MESSAGE,
      id: '',
      height: 1,
    });
    expect(readHeightMessage({ ...valid, height: MAX_HEIGHT })?.height).to.equal(MAX_HEIGHT);
  });

  it('sends whole pixels within range', () => {
    expect(heightMessage('', 0.2).height).to.equal(1);
    expect(heightMessage('', 0).height).to.equal(1);
    expect(heightMessage('', 250_000).height).to.equal(MAX_HEIGHT);
  });

  const refused: [string, unknown][] = [
    ['a height as text', { ...valid, height: '640' }],
    ['a fractional height', { ...valid, height: 640.5 }],
    ['an infinite height', { ...valid, height: Infinity }],
    ['NaN', { ...valid, height: Number.NaN }],
    ['zero', { ...valid, height: 0 }],
    ['a negative height', { ...valid, height: -1 }],
    ['a height above the range', { ...valid, height: MAX_HEIGHT + 1 }],
    ['no height', { type: valid.type, id: valid.id }],
    ['another type', { ...valid, type: 'embed-size' }],
    ["AMP's message", ampSizeMessage(640)],
    ['no id', { type: valid.type, height: valid.height }],
    ['a numeric id', { ...valid, id: 7 }],
    ['an id with markup', { ...valid, id: '<b>' }],
    ['an id of 65 characters', { ...valid, id: 'x'.repeat(65) }],
    ['an extra key', { ...valid, style: 'display:none' }],
    ['an array', [valid.type, valid.id, valid.height]],
    ['the message as JSON text', JSON.stringify(valid)],
    ['null', null],
    ['a number', 640],
    ['an object with another prototype', Object.assign(Object.create({ evil: true }), valid)],
    ['a Map', new Map(Object.entries(valid))],
  ];
  for (const [name, data] of refused) {
    it(`refuses ${name}`, () => {
      expect(readHeightMessage(data)).to.equal(undefined);
    });
  }
});

describe('frame protocol: AMP', () => {
  it("asks AMP's embed-size for at least 100 px", () => {
    expect(ampSizeMessage(412.3)).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: 413 });
    expect(ampSizeMessage(40).height).to.equal(100);
  });

  const hashes: [string, boolean][] = [
    ['#amp=1', true],
    ['#x=2&amp=1', true],
    ['#amp=1&x=2', true],
    ['', false],
    ['#amp=10', false],
    ['#camp=1', false],
    ['#amp=0', false],
  ];
  for (const [hash, amp] of hashes) {
    it(`"${hash}" ${amp ? 'is' : 'is not'} amp-iframe's mark`, () => {
      expect(inAmpFrame(hash)).to.equal(amp);
    });
  }
});
