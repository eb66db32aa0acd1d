import { html, nothing, type TemplateResult } from 'lit';
import type { CounterBar, CounterView } from '../views/troop-counter.js';

// The counter's figure and bar (its history: ./troop-counter-history.ts): templates of its view,
// apart so that the element stays properties, state and layout.

const small = (text: string) => html`<span class="qualifier">${text}</span>`;

/** "about 959": the numerals large, the words around them small. */
export function renderFigure(view: CounterView): unknown {
  const { figure, number } = view;
  const at = number ? figure.indexOf(number) : -1;
  if (!number || at < 0) return html`<span class="words">${figure}</span>`;
  const [before, after] = [figure.slice(0, at).trim(), figure.slice(at + number.length).trim()];
  return html`${before ? html`${small(before)} ` : nothing}<span class="number">${number}</span>${
      after ? html` ${small(after)}` : nothing
    }`;
}

/**
 * Deployed, then preparing, along the bar; the target where it falls. Beyond the target the
 * bar goes on, hatched, so that it never reads as simply full. The target is said above the
 * bar's end, which it measures (below, it read as the history chart's label); the legend under
 * the bar says each part.
 */
export function renderBar(bar: CounterBar): TemplateResult {
  const { legend } = bar;
  return html`<div class="bar" part="progress" aria-hidden="true">
    <p class="target">${legend.target}</p>
    <div class="track">
      <span class="fill" .style=${`inline-size:${bar.deployed}%`}></span
      ><span class="fill hatched" .style=${`inline-size:${bar.preparing}%`}></span>
      ${bar.mark < 100 ? html`<span class="mark" .style=${`inset-inline-start:${bar.mark}%`}></span>` : nothing}
    </div>
    <p class="legend">
      <span class="key">${legend.deployed}</span>
      ${
        legend.preparing
          ? html`<span class="key ${bar.preparing ? 'hatched' : 'plain'}">${legend.preparing}</span>`
          : nothing
      }
    </p>
  </div>`;
}
