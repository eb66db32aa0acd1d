/**
 * Focuses an element and scrolls it into view: smoothly, unless the reader prefers reduced
 * motion.
 */
export function reveal(element: HTMLElement, block: ScrollLogicalPosition = 'nearest'): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block, inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
