/**
 * The three engines the browser tests run in, each from the system's packages (test tools'
 * own browser downloads do not work on every machine): Chromium and Firefox ESR through
 * puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver
 * under a virtual display. `findEngines()` says which are here and, for the others, what to
 * install.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME } from '../find-chrome.mjs';
import { lockWebKit } from './webkit-lock.mjs';

export { ENGINES } from './exclusions.mjs';

function onPath(name) {
  const dirs = (process.env.PATH ?? '').split(delimiter);
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
}

function firstExisting(...paths) {
  return paths.find((path) => path && existsSync(path));
}

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** For each engine: `{ found: true, ... }` with what it needs, or `{ found: false, missing }`. */
export function findEngines() {
  const chrome = findChrome();
  const firefox = firstExisting(process.env.FIREFOX_PATH, onPath('firefox-esr'), onPath('firefox'));
  const driver = firstExisting(process.env.WEBKIT_DRIVER_PATH, onPath('WebKitWebDriver'));
  const miniBrowser = firstExisting(process.env.MINIBROWSER_PATH, ...MINIBROWSER);
  const xvfbRun = onPath('xvfb-run');
  const webkitMissing = [
    !driver && 'WebKitWebDriver',
    !miniBrowser && 'MiniBrowser',
    !xvfbRun && 'xvfb-run',
  ].filter(Boolean);
  return {
    chromium: chrome ? { found: true, executablePath: chrome } : { found: false, missing: NO_CHROME },
    firefox: firefox
      ? { found: true, executablePath: firefox }
      : {
          found: false,
          missing:
            'No Firefox found: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.',
        },
    webkit: !webkitMissing.length
      ? { found: true, driver, miniBrowser, xvfbRun }
      : {
          found: false,
          missing: `No ${webkitMissing.join(', ')} found: install them (Debian: apt-get install -y webkit2gtk-driver xvfb xauth).`,
        },
  };
}

/** The engine's version as its binary reports it, for the report and the README. */
export function engineVersion(engine, found) {
  try {
    if (engine === 'webkit') {
      // WebKitWebDriver and MiniBrowser print no version: ask the package manager.
      const version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return `WebKitGTK ${version.trim()}`;
    }
    return execFileSync(found.executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'version unknown';
  }
}

export function chromiumLauncher({ executablePath }) {
  return chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS, headless: true } });
}

export function firefoxLauncher({ executablePath }) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
  });
  return launcher;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeout} ms`);
}

/**
 * WebKitWebDriver on a free port under `xvfb-run -a`; `stop()` ends it with its browser and its
 * display (also when this process exits or is stopped from outside). Used by the test runner's
 * launcher and by the end-to-end harness.
 */
export async function startWebKitDriver(found) {
  const unlock = await lockWebKit();
  const port = await freePort();
  // The driver hands its environment to the browser: the tests' time zone, and a pinned
  // language (a machine's LANG=C made WebKit's navigator.language "C").
  const child = spawn(found.xvfbRun, ['-a', found.driver, `--port=${port}`], {
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) killGroup(child);
    unlock();
  };
  const stopped = () => {
    stop();
    process.exit(143);
  };
  process.once('exit', stop);
  process.once('SIGTERM', stopped);
  await waitForPort(port, child).catch((error) => {
    stop();
    throw error;
  });
  return {
    port,
    stop() {
      stop();
      process.off('exit', stop);
      process.off('SIGTERM', stopped);
    },
  };
}

/** The capabilities that open MiniBrowser through WebKitWebDriver. */
export function webkitCapabilities(found) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: found.miniBrowser, args: ['--automation'] },
  };
}

/** WebKitWebDriver started with the runner, stopped with it. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(found) {
    super({ hostname: '127.0.0.1', logLevel: 'error', capabilities: webkitCapabilities(found) });
    this.found = found;
  }

  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver(this.found);
    this.options.port = this.driverProcess.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.stop();
  }
}

/** xvfb-run leads a process group: end the display and the driver with it. */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

export function webkitLauncher(found) {
  return new WebKitLauncher(found);
}

export const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
