import { expect } from '@open-wc/testing';
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
