/**
 * Resolves in a new task of the event loop, so that input and paint get a turn first. A message
 * rather than `setTimeout` (clamped to 4 ms once nested) or `scheduler.yield()` (whose
 * continuations jump the queue): messages on one channel run in the order they were posted.
 */
type Port = MessagePort & { ref?: () => void; unref?: () => void };

let port: Port | undefined;
let sender: MessagePort | undefined;
const waiting: (() => void)[] = [];

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve);
    if (!port || !sender) {
      const channel = new MessageChannel();
      port = channel.port1;
      sender = channel.port2;
      port.onmessage = () => {
        waiting.shift()?.();
        // In Node, a listening port keeps the process alive: only while a turn is awaited.
        if (!waiting.length) port?.unref?.();
      };
    }
    waiting.push(resolve);
    port.ref?.();
    sender.postMessage(undefined);
  });
}
