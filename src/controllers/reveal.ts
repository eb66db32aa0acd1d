/** Smooth scrolls that `reveal` started and that may still be moving. */
let smooth = 0;

/**
 * Focuses an element and scrolls it into view: smoothly, unless the reader prefers reduced
 * motion.
 */
export function reveal(element: HTMLElement, block: ScrollLogicalPosition = 'nearest'): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block, inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  if (!reduce) follow(element, block);
}

/**
 * Whether a smooth scroll `reveal` started may still be moving, so that nothing scrolls
 * instantly meanwhile (ScrollAnchorController): that would stop it short of the element.
 */
export const revealing = (): boolean => smooth > 0;

/**
 * Counts a smooth scroll as moving until its element has kept its place for three frames, or for
 * at most 90 frames (what moves it then may be a reader scrolling on). A long smooth scroll aims
 * at where the element was when it began: content laid out on the way (a long list's years, in
 * the room reserved for them) can leave the element out of view, so a scroll that ends short
 * takes it the rest of the way at once.
 */
function follow(element: HTMLElement, block: ScrollLogicalPosition): void {
  smooth++;
  let top = element.getBoundingClientRect().top;
  let kept = 0;
  let frames = 0;
  const frame = () => {
    const now = element.getBoundingClientRect().top;
    kept = now === top ? kept + 1 : 0;
    top = now;
    if (kept < 3 && ++frames < 90 && element.isConnected) return void requestAnimationFrame(frame);
    smooth--;
    const box = element.getBoundingClientRect();
    if (kept >= 3 && (box.top < 0 || box.bottom > innerHeight))
      element.scrollIntoView({ block, inline: 'nearest' });
  };
  requestAnimationFrame(frame);
}
