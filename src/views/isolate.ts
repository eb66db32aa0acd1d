/**
 * Data text isolated inside the widgets' sentences. The function lives with the model, whose
 * validation messages quote data too (a message in a console or a terminal must not be reordered
 * by the value it quotes); the views use it from here.
 */
export { FSI, PDI, isolate } from '../data/isolate.js';
