/**
 * The drop-in script: a small loader that finds the widgets a page uses, now and later, and
 * fetches only their code, the data they need and their language, from beside itself.
 *
 * Every file is loaded as a classic `<script>`, never with `import()`: a classic script needs no
 * CORS header, and a relative `import()` from a script of another origin resolves against
 * `about:blank`. Each file hands its module to the `<script>` element that loaded it (the
 * `define` below), so no global name is used.
 *
 * This file is written in ES5 syntax (`var`, `function`; a test parses it so): a browser below
 * the baseline parses it, logs one line and keeps the publisher's fallback content.
 */
import files from 'mission-widgets:files';

/** What a file beside the script calls on its `<script>` element when it runs. */
const DEFINE = 'missionWidgets';
const VERSION_KEY = Symbol.for('mission-widgets.version');

interface TrustedTypePolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicy;
}
type Factory = (...modules: unknown[]) => unknown;
type Define = (id: string, dependencies: string[], factory: Factory) => void;
interface Pending {
  promise: Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: Error): void;
}
type Require = (ids: string[], resolve: Factory, reject: (error: unknown) => void) => void;

/** The newest features the widgets use (`light-dark()` colours, `AbortSignal.any`). */
function supported(): boolean {
  try {
    return (
      typeof AbortSignal.any === 'function' &&
      CSS.supports('color', 'light-dark(#000,#fff)') &&
      typeof customElements.define === 'function'
    );
  } catch {
    return false;
  }
}

/** The URL of this script: the classic `<script>` running it, else (a module) its own stack. */
function ownUrl(script: HTMLScriptElement | null): string {
  if (script) return script.src;
  const found = /(?:https?|file):\/\/[^\s()@]+?(?=:\d+:\d+)/.exec(String(new Error().stack));
  return found ? found[0] : '';
}

function start(script: HTMLScriptElement | null): void {
  const url = ownUrl(script);
  const base = new URL('.', url || location.href).href;
  // A module script is not `currentScript`: find its element for the nonce.
  const element =
    script ||
    Array.prototype.filter.call(document.scripts, function (each: HTMLScriptElement) {
      return each.src === url;
    })[0];
  const nonce = element ? element.nonce : '';
  const crossOrigin = script ? script.crossOrigin : null;
  const trustedTypes = (window as unknown as { trustedTypes?: TrustedTypes }).trustedTypes;
  let policy: TrustedTypePolicy | null | undefined;

  /** The script URL as Trusted Types want it: only our own files beside this script. */
  function trusted(fileUrl: string): string {
    if (trustedTypes && policy === undefined) {
      try {
        policy = trustedTypes.createPolicy('mission-widgets', {
          createScriptURL: function (value: string) {
            if (value.indexOf(base) === 0 && /\/mission-widgets\.[\w-]+\.[0-9a-f]{8}\.js$/.test(value))
              return value;
            throw new TypeError('mission-widgets loads only its own files');
          },
        });
      } catch {
        policy = null;
      }
    }
    return policy ? policy.createScriptURL(fileUrl) : fileUrl;
  }

  /**
   * Resolves in a new task of the event loop. Each module's factory runs in a task of its own:
   * a file of many modules (Lit, each element, whose definition upgrades every widget of its
   * kind on the page) is then several short tasks rather than one long one that blocks input
   * and paint. A message, not `setTimeout` (clamped to 4 ms once nested, and slowed in
   * background tabs); messages on one channel run in the order they were posted.
   */
  const turns: (() => void)[] = [];
  let channel: MessageChannel | undefined;
  function nextTask(): Promise<void> {
    return new Promise(function (resolve) {
      if (typeof MessageChannel !== 'function') return void setTimeout(resolve);
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = function () {
          (turns.shift() as () => void)();
        };
      }
      turns.push(resolve);
      channel.port2.postMessage(0);
    });
  }

  /** Runs a module's factory once its dependencies are there; resolves to its exports. */
  function define(dependencies: string[], factory: Factory): Promise<unknown> {
    const exports = {};
    const require: Require = function (ids, resolve, reject) {
      Promise.all(ids.map(load)).then(function (modules) {
        resolve(...modules);
      }, reject);
    };
    // A file that runs while the page is parsed (a part: the data, a language, the history) asks
    // for its dependencies once the page's one file is on its way, not each in a file of its own.
    return afterParsing()
      .then(function () {
        return Promise.all(
          dependencies.map(function (name) {
            return name === 'exports' ? exports : name === 'require' ? require : load(name);
          }),
        );
      })
      .then(function (modules) {
        return nextTask().then(function () {
          factory(...modules);
          return exports;
        });
      });
  }

  /** Resolves at once, or, while the page is still parsed, once parsing ends and its elements' code is on its way. */
  const parsed: (() => void)[] = [];
  function afterParsing(): Promise<void> {
    return new Promise(function (resolve) {
      if (parsing) parsed.push(resolve);
      else resolve();
    });
  }

  /** A module's id: its name in the code, without `./mission-widgets.` and `.js`. */
  function id(name: string): string {
    return name.replace(/^(\.\/)?(mission-widgets\.)?|\.js$/g, '');
  }

  /** The modules asked for: each resolves once its file has run, and its dependencies too. */
  const modules: Record<string, Pending> = {};
  function entry(name: string): Pending {
    if (!modules[name]) {
      const pending = {} as Pending;
      pending.promise = new Promise(function (resolve, reject) {
        pending.resolve = resolve;
        pending.reject = reject;
      });
      // Whoever needs the module reports its failure; nothing is left unhandled.
      pending.promise.catch(function () {});
      modules[name] = pending;
    }
    return modules[name];
  }

  /** Fetches one file, which holds the modules `members`. */
  function fetchFile(file: string, members: string[]): void {
    const fileUrl = new URL('mission-widgets.' + file + '.' + files.hash + '.js', base).href;
    const fail = function (error: Error) {
      members.forEach(function (member) {
        entry(member).reject(error);
      });
    };
    const tag = document.createElement('script');
    (tag as unknown as Record<string, Define>)[DEFINE] = function (name, dependencies, factory) {
      entry(id(name)).resolve(define(dependencies, factory));
    };
    tag.onerror = function () {
      fail(
        new Error(
          'mission-widgets: ' +
            fileUrl +
            ' could not be loaded. Host every dist/mission-widgets.*.js file of this version beside mission-widgets.js' +
            (script && script.integrity ? ', and send Access-Control-Allow-Origin with them' : '') +
            '.',
        ),
      );
    };
    tag.onload = function () {
      tag.remove();
    };
    if (nonce) tag.nonce = nonce;
    if (crossOrigin !== null) tag.crossOrigin = crossOrigin;
    try {
      tag.src = trusted(fileUrl);
    } catch {
      fail(
        new Error(
          'mission-widgets: this page requires Trusted Types: its Content-Security-Policy must allow the policy "mission-widgets" (trusted-types lit-html mission-widgets).',
        ),
      );
      return;
    }
    (document.head || document.documentElement).appendChild(tag);
  }

  /** A module by id or file name, fetched in a file of its own unless already on its way. */
  function load(name: string): Promise<unknown> {
    const module = id(name);
    if (!modules[module]) {
      entry(module);
      fetchFile(module, [module]);
    }
    return modules[module].promise;
  }

  const reported: Record<string, boolean> = {};
  function report(error: Error): void {
    if (reported[error.message]) return;
    reported[error.message] = true;
    console.error(error.message);
  }

  function prefetch(part: string): void {
    const file = files.parts[part];
    if (file) load(file);
  }

  /**
   * Loads elements' code: in one file when none of it is on its way yet, else only the files
   * still missing. Each element is defined once its module has run.
   */
  function loadElements(names: string[]): void {
    const members: string[] = [];
    names.forEach(function (name) {
      files.elements[name].forEach(function (member: string) {
        if (members.indexOf(member) < 0) members.push(member);
      });
    });
    // The build makes one file for every set of elements, named after them (./embed-files.d.ts).
    const sorted = names.slice().sort();
    const bundle = 'bundle-' + (sorted.length < all.length ? sorted.join('_') : 'all');
    if (
      members.every(function (member) {
        return !modules[member];
      })
    ) {
      members.forEach(entry);
      fetchFile(bundle, members);
    }
    members.forEach(load);
    names.forEach(function (name) {
      const code = files.elements[name];
      load(code[code.length - 1]).catch(report);
    });
  }

  const requested: Record<string, boolean> = {};
  const all = Object.keys(files.elements);
  const selector = all.join(',');
  /** Elements seen and not loaded yet: each batch's code is fetched together. */
  let waiting: string[] = [];
  let parsing = document.readyState === 'loading';
  function flush(): void {
    const seen = waiting;
    waiting = [];
    if (seen.length) loadElements(seen);
    // A lazy widget leaves the observer once its kind's code is asked for (it came near, or another
    // of its kind did) or it leaves the page; with none left, the observer observes nothing.
    held = held.filter(function (widget) {
      return (
        (widget.isConnected && !requested[widget.localName]) ||
        void (ahead as IntersectionObserver).unobserve(widget)
      );
    });
  }

  /** Loads an element's code the first time it is seen, unless another script defined it. */
  function request(name: string): void {
    if (requested[name]) return;
    requested[name] = true;
    const existing = customElements.get(name) as
      (CustomElementConstructor & Record<symbol, string>) | undefined;
    if (!existing) {
      waiting.push(name);
      return;
    }
    const other = existing[VERSION_KEY];
    if (other !== files.version)
      console.warn(
        'mission-widgets: <' +
          name +
          '> is already defined by ' +
          (other ? 'mission-widgets ' + other : 'another script') +
          '; mission-widgets ' +
          files.version +
          ' leaves it in place.',
      );
  }

  /**
   * A `loading="lazy"` widget of a kind whose code is not on its way yet waits for that code, as
   * it waits for its data, until it comes within a screen of the viewport (the margin of
   * `NearViewController`). A page then loads at first the code of the widgets it shows only, and
   * each other kind's missing modules once a reader scrolls near one. Printed before then, such a
   * widget shows its fallback: the code would not arrive before the page is printed.
   */
  let ahead: IntersectionObserver | undefined;
  /** The widgets it observes (see `flush`). */
  let held: Element[] = [];

  /**
   * Whether a widget is within a screen above or below the viewport now, and not beside it (the
   * observer's margins): such a lazy widget's code joins the page's first file rather than coming
   * a frame later in files of its own. Read once the document is parsed (one layout, which the
   * page is about to do anyway) and for widgets added later (one layout a batch); a box without
   * size (not displayed), or a page whose `innerHeight` or `innerWidth` is not a number, waits
   * for the observer.
   */
  function nearNow(widget: Element): boolean {
    const box = widget.getBoundingClientRect();
    return (
      (box.width > 0 || box.height > 0) &&
      box.bottom >= -innerHeight &&
      box.top <= 2 * innerHeight &&
      box.right >= 0 &&
      box.left <= innerWidth
    );
  }

  /** Starts what a widget will ask for with its code: its data, its language, for `loading="lazy"` the observer, for `history` the counter's history. */
  function inspect(widget: Element, near?: boolean): void {
    const name = widget.localName;
    if (!files.elements[name]) return;
    const lazy = String(widget.getAttribute('loading')).trim() === 'lazy';
    if (lazy && !near && !requested[name] && (parsing || !nearNow(widget))) {
      if (!ahead)
        ahead = new IntersectionObserver(
          function (entries) {
            entries.forEach(function (entry) {
              if (entry.isIntersecting) inspect(entry.target, true);
            });
            if (!parsing) flush();
          },
          { rootMargin: '100% 0px' },
        );
      ahead.observe(widget);
      held.push(widget);
      return;
    }
    request(name);
    if (customElements.get(name)) return;
    const own = widget as Element & { src?: string; locale?: string; history?: boolean };
    const custom =
      widget.hasAttribute('src') || own.src || widget.querySelector('script[type="application/json"]');
    // The code for data from `src` or inline JSON holds the validator.
    prefetch(custom ? 'remote' : 'data');
    if (lazy) prefetch('lazy');
    if (name === 'troop-counter' && (widget.hasAttribute('history') || own.history)) prefetch('history');
    const lang = widget.closest('[lang]');
    const locale =
      widget.getAttribute('locale') ||
      own.locale ||
      (lang && lang.getAttribute('lang')) ||
      navigator.language;
    prefetch(String(locale).toLowerCase().split('-')[0]);
  }

  function scan(root: Element | Document): void {
    if (root instanceof Element) inspect(root);
    const found = root.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) inspect(found[i]);
  }

  scan(document);
  // While the document is parsed, the widgets it holds are loaded together once it is.
  if (parsing) {
    document.addEventListener('DOMContentLoaded', function () {
      parsing = false;
      // Lazy widgets seen while parsing: those near the viewport now load with the rest.
      scan(document);
      flush();
      parsed.splice(0).forEach(function (resolve) {
        resolve();
      });
    });
  } else flush();
  // Widgets a CMS or a single-page app adds later, until every element's code is on its way.
  const observer = new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node instanceof Element) scan(node);
      });
    });
    if (!parsing) flush();
    if (
      all.every(function (name) {
        return requested[name];
      })
    )
      observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

const script = document.currentScript as HTMLScriptElement | null;
const running = Symbol.for('mission-widgets.drop-in ' + files.version);
const page = window as unknown as Record<symbol, boolean>;
if (!supported()) {
  console.warn(
    'mission-widgets: this browser is older than the ones supported (Chrome 123, Firefox 124, Safari 17.5); the widgets keep their fallback content.',
  );
} else if (!page[running]) {
  // A second copy of this version (the snippet pasted twice) leaves the work to the first.
  page[running] = true;
  start(script);
}
