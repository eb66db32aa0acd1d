import { nextTask } from './next-task.js';

/**
 * Resolves once the browser has painted the next frame (a frame, then a new task), or after
 * 100 ms in a tab that paints none (hidden, or a headless page without frames).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(
      () =>
        void nextTask().then(() => {
          clearTimeout(timer);
          resolve();
        }),
    );
  });
}
