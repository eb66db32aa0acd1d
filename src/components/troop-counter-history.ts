/**
 * The counter's history (`history`): its view and its template, loaded the first time a counter
 * on the page shows one (the drop-in's loader fetches it with the counter's code when it sees
 * the attribute), so that a counter without a history does not carry them.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { CounterHistory } from '../views/troop-counter.js';
import { marked } from './mission-element.parts.js';

export { counterHistory } from '../views/counter-history.js';
export { styles } from './troop-counter-history.styles.js';

/** A small step chart: its first and last figures with their dates, an end dot, phase boundaries. */
export function renderHistory(history: CounterHistory): TemplateResult {
  const end = (side: CounterHistory['start']) =>
    html`<span><b>${side.figure}</b> <span class="muted">${side.date}</span></span>`;
  return html`<figure part="sparkline" class="history">
    <div class="chart" aria-hidden="true">
      <svg viewBox="0 0 100 20" preserveAspectRatio="none">
        ${history.marks.map(
          (mark) =>
            svg`<line class="phase" x1=${mark.x} x2=${mark.x} y1="0" y2="20" vector-effect="non-scaling-stroke"></line>`,
        )}
        <polyline vector-effect="non-scaling-stroke" points=${history.points}></polyline>
      </svg>
      ${history.marks.map(
        (mark) =>
          html`<span
            class="phase-name"
            .style=${mark.x > 80 ? `inset-inline-end:${100 - mark.x}%` : `inset-inline-start:${mark.x}%`}
            >${marked(mark.name, history.langs)}</span
          >`,
      )}
      <span class="dot" .style=${`inset-block-start:${history.endY}%`}></span>
    </div>
    <div class="ends" aria-hidden="true">${end(history.start)} ${end(history.end)}</div>
    <figcaption class="visually-hidden">${marked(history.caption, history.langs)}</figcaption>
  </figure>`;
}
