/**
 * Resolves in a new task of the event loop, so that input and paint get a turn first. A message
 * rather than `setTimeout` (clamped to 4 ms once nested) or `scheduler.yield()` (whose
 * continuations jump the queue): messages on one channel run in the order they were posted.
 */
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) return void setTimeout(resolve);
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  });
}
