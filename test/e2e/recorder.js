// Added by the test server as the first script of its pages in WebKit, whose WebDriver reports
// no console and runs no script before the page: records what the page says and what fails, in
// the page itself, for the harness to read. A plain classic script of the page's own origin, so
// that a strict CSP (script-src 'self') allows it; it uses no Trusted Types sink.
(() => {
  const log = { console: [], errors: [], violations: [] };
  Object.defineProperty(window, '__e2eLog', { value: log });
  const types = { log: 'log', info: 'info', debug: 'debug', warn: 'warning', error: 'error' };
  for (const [method, type] of Object.entries(types)) {
    const original = console[method];
    console[method] = function (...args) {
      log.console.push({ type, text: args.map(String).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => log.errors.push(event.message));
  addEventListener('unhandledrejection', (event) =>
    log.errors.push(String(event.reason?.message ?? event.reason)),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    log.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
})();
