/**
 * dist/mission-widgets-frame.js, for the page that frames embeds: each
 * `<iframe data-mission-widget src=".../embed.html?…">` takes the height its content reports,
 * however many there are and whenever they were added. One listener per page, even when the
 * script is pasted twice.
 */
import { acceptResize, setFrameHeight } from './accept.js';

const LISTENING = Symbol.for('mission-widgets.frame-listener');
const page = window as Window & { [LISTENING]?: true };

if (!page[LISTENING]) {
  page[LISTENING] = true;
  addEventListener('message', (event) => {
    const resize = acceptResize(event);
    if (resize) setFrameHeight(resize.frame, resize.height);
  });
}
