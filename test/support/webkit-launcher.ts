/**
 * web-test-runner launcher for WebKitGTK (Safari's engine) from Debian's packages: speaks
 * W3C WebDriver over `fetch` to `WebKitWebDriver`, which drives MiniBrowser in automation
 * mode. Each concurrent test file gets a slot of its own: an `Xvfb` display and a driver on
 * a free loopback port, so that two pages never share a window or its focus. Like wtr's
 * Playwright launcher in Chromium, every test file gets a fresh browser (a WebDriver session:
 * its own storage) and runs top level in its window. Node only.
 *
 * Besides wtr's `BrowserLauncher`, it answers `sendKeys` (wtr's `send-keys` command uses it
 * for launchers of type `webdriver`) and the viewport and screenshot calls of
 * `wtr-engine-plugin.ts` and `wtr-visual-plugin.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserLauncher, SessionResult, TestRunnerCoreConfig } from '@web/test-runner';
import { PNG } from 'pngjs';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The viewport every session starts with (Playwright's and puppeteer's default in wtr). */
const DEFAULT_VIEWPORT = { width: 800, height: 600 } as const;

/** WebDriver's code points for the named keys the tests press (W3C WebDriver, "Keyboard actions"). */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  Meta: '\uE03D',
};

interface WebDriverReply {
  readonly value?: unknown;
}

class WebDriverError extends Error {}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (child?.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `Xvfb` on a display number it picks itself (`-displayfd`) and resolves with it. */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    const timer = setTimeout(() => {
      xvfb.kill('SIGKILL');
      reject(new Error(`Xvfb did not start: ${errors}`));
    }, 20_000);
    xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with code ${String(code)}: ${errors}`));
    });
    const fd = xvfb.stdio[3];
    if (!fd || !('on' in fd)) throw new Error('Xvfb: no display pipe');
    fd.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('\n')) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      resolve({ process: xvfb, display: `:${output.trim()}` });
    });
  });
}

/**
 * GTK's settings for the browser: no animations, which WebKitGTK reports to pages as
 * `prefers-reduced-motion: reduce`, and the light theme.
 */
function gtkConfigHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(home, gtk));
    writeFileSync(
      join(home, gtk, 'settings.ini'),
      '[Settings]\ngtk-enable-animations=false\ngtk-application-prefer-dark-theme=false\n',
    );
  }
  return home;
}

/** Where an element is in the viewport, and the viewport's size, in CSS pixels. */
interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

function isPlaced(value: unknown): value is Placed {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height', 'innerWidth', 'innerHeight'].every((key) => typeof fields[key] === 'number');
}

/** How long one try to open a session or load the test page may take (two fit in wtr's 60 s). */
const START_ATTEMPT_MS = 25_000;

/** `promise`, or a failure saying `what` once `ms` have passed. */
function withinTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} within ${String(ms / 1000)} s`));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** One display and one driver, with one WebDriver session at a time. */
class Slot {
  private session: string | undefined;

  private constructor(
    private readonly xvfb: ChildProcess,
    private readonly driver: ChildProcess,
    private readonly configHome: string,
    private readonly base: string,
  ) {}

  static async start(): Promise<Slot> {
    const { process: xvfb, display } = await startXvfb();
    const configHome = gtkConfigHome();
    let driver: ChildProcess | undefined;
    try {
      const port = await freePort();
      driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${String(port)}`, '--host=127.0.0.1'], {
        stdio: 'ignore',
        env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome, GTK_THEME: 'Adwaita' },
      });
      const base = `http://127.0.0.1:${String(port)}`;
      await Slot.waitForDriver(base, driver);
      return new Slot(xvfb, driver, configHome, base);
    } catch (error) {
      await stopProcess(driver);
      await stopProcess(xvfb);
      rmSync(configHome, { recursive: true, force: true });
      throw error;
    }
  }

  private static async waitForDriver(base: string, driver: ChildProcess): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${String(driver.exitCode)}`);
      try {
        const response = await fetch(`${base}/status`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await delay(100);
    }
    throw new Error('WebKitWebDriver did not answer within 20 s');
  }

  private static async call(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = (await response.json()) as WebDriverReply;
    if (!response.ok) {
      const { error, message } = (reply.value ?? {}) as { error?: unknown; message?: unknown };
      throw new WebDriverError(`WebDriver ${method} ${path}: ${String(error)}: ${String(message)}`);
    }
    return reply.value;
  }

  /** A fresh browser: MiniBrowser in automation mode, with nothing stored. */
  async open(): Promise<void> {
    const reply = await Slot.call(this.base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        },
      },
    });
    const session = (reply as { sessionId?: unknown } | undefined)?.sessionId;
    if (typeof session !== 'string') throw new Error('WebKitWebDriver started no session');
    this.session = session;
  }

  /** Ends the session, and its browser with it. */
  async close(): Promise<void> {
    if (this.session === undefined) return;
    try {
      await Promise.race([this.command('DELETE', ''), delay(10_000)]);
    } finally {
      this.session = undefined;
    }
  }

  command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    if (this.session === undefined) return Promise.reject(new Error('WebKit: no session'));
    return Slot.call(
      this.base,
      method,
      `/session/${this.session}${path}`,
      body ?? (method === 'POST' ? {} : undefined),
    );
  }

  navigate(url: string): Promise<unknown> {
    return this.command('POST', '/url', { url });
  }

  execute(script: string, args: readonly unknown[] = []): Promise<unknown> {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Types the keys one after another, each pressed and released. */
  async sendKeys(keys: readonly string[]): Promise<void> {
    const actions = keys.flatMap((key) => {
      const value = NAMED_KEYS[key] ?? key;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  /** Sizes the window so that the page's viewport is `width` by `height` CSS pixels. */
  async setViewport(width: number, height: number): Promise<void> {
    let target = { width, height };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.command('POST', '/window/rect', target);
      const inner = (await this.execute('return [window.innerWidth, window.innerHeight];')) as [number, number];
      if (inner[0] === width && inner[1] === height) return;
      target = { width: target.width + width - inner[0], height: target.height + height - inner[1] };
    }
    throw new Error(`WebKit: could not set the viewport to ${String(width)}x${String(height)}`);
  }

  /**
   * A PNG of the first element that matches `selector`, cut from a screenshot of the
   * viewport: WebKitGTK's own element screenshots miss the element once the page is scrolled.
   */
  async screenshot(selector: string): Promise<Buffer> {
    // After two frames, so that the screenshot shows the page as it is now, not its last paint.
    const placed = await this.command('POST', '/execute/async', {
      script: `const [selector, done] = arguments;
      const element = document.querySelector(selector);
      if (!element) return done(null);
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const { x, y, width, height } = element.getBoundingClientRect();
        done({ x, y, width, height, innerWidth: window.innerWidth, innerHeight: window.innerHeight });
      }));`,
      args: [selector],
    });
    if (!isPlaced(placed)) throw new Error(`WebKit: no element matches ${selector}`);
    const { x, y, width, height, innerWidth, innerHeight } = placed;
    if (x < 0 || y < 0 || x + width > innerWidth || y + height > innerHeight)
      throw new Error(`WebKit: ${selector} (${String(width)}x${String(height)}) does not fit in the viewport`);
    const base64 = await this.command('GET', '/screenshot');
    if (typeof base64 !== 'string') throw new Error('WebKit: the screenshot is empty');
    const page = PNG.sync.read(Buffer.from(base64, 'base64'));
    const scale = page.width / innerWidth;
    const left = Math.round(x * scale);
    const top = Math.round(y * scale);
    const cut = new PNG({
      width: Math.min(Math.round(width * scale), page.width - left),
      height: Math.min(Math.round(height * scale), page.height - top),
    });
    PNG.bitblt(page, cut, left, top, cut.width, cut.height, 0, 0);
    return PNG.sync.write(cut);
  }

  async stop(): Promise<void> {
    await this.close().catch(() => undefined);
    await stopProcess(this.driver);
    await stopProcess(this.xvfb);
    rmSync(this.configHome, { recursive: true, force: true });
  }
}

export class WebKitLauncher implements BrowserLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency?: number;

  private limit = 1;
  private readonly idle: Slot[] = [];
  private readonly starting = new Set<Promise<Slot>>();
  private readonly all = new Set<Slot>();
  private readonly active = new Map<string, { slot: Slot; url: string }>();
  private readonly waiting: ((slot: Slot) => void)[] = [];

  constructor(options: { concurrency?: number } = {}) {
    this.concurrency = options.concurrency;
  }

  initialize(config: TestRunnerCoreConfig): void {
    this.limit = Math.max(1, this.concurrency ?? config.concurrency);
  }

  private async acquire(): Promise<Slot> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.size + this.starting.size < this.limit) {
      const starting = Slot.start();
      this.starting.add(starting);
      try {
        const slot = await starting;
        this.all.add(slot);
        return slot;
      } finally {
        this.starting.delete(starting);
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands a slot to the next file waiting; `undefined` when the slot was stopped (a new one is started for it). */
  private release(slot: Slot | undefined): void {
    const next = this.waiting.shift();
    if (!next) {
      if (slot) this.idle.push(slot);
      return;
    }
    if (slot) next(slot);
    else void this.acquire().then(next);
  }

  private slot(sessionId: string): Slot {
    const found = this.active.get(sessionId);
    if (!found) throw new Error(`WebKit: no page for session ${sessionId}`);
    return found.slot;
  }

  /**
   * A fresh browser on the test page. A driver that does not start a session or load the page
   * in time (seen once in a full three-engine run: MiniBrowser never answered) is replaced
   * by a new display and driver, once, within wtr's own start timeout.
   */
  async startSession(sessionId: string, url: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const slot = await this.acquire();
      this.active.set(sessionId, { slot, url });
      try {
        await withinTime(slot.open(), START_ATTEMPT_MS, 'WebKit started no session');
        await slot.setViewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
        await withinTime(slot.navigate(url), START_ATTEMPT_MS, 'WebKit did not load the test page');
        return;
      } catch (error) {
        this.active.delete(sessionId);
        this.all.delete(slot);
        await slot.stop().catch(() => undefined);
        // The next try starts a new slot in its place; after the last, a file waiting gets one.
        if (attempt >= 2) {
          this.release(undefined);
          throw error;
        }
      }
    }
  }

  isActive(sessionId: string): boolean {
    return this.active.has(sessionId);
  }

  getBrowserUrl(sessionId: string): string | undefined {
    return this.active.get(sessionId)?.url;
  }

  async stopSession(sessionId: string): Promise<SessionResult> {
    const slot = this.slot(sessionId);
    try {
      // Closing the browser stops whatever the test left running, and takes its storage along.
      await slot.close();
    } finally {
      this.active.delete(sessionId);
      this.release(slot);
    }
    return {};
  }

  startDebugSession(): Promise<void> {
    return Promise.reject(new Error('WebKit: debugging is not supported; open the test page in MiniBrowser'));
  }

  sendKeys(sessionId: string, keys: readonly string[]): Promise<void> {
    return this.slot(sessionId).sendKeys(keys);
  }

  setViewport(sessionId: string, width: number, height: number): Promise<void> {
    return this.slot(sessionId).setViewport(width, height);
  }

  takeScreenshot(sessionId: string, selector: string): Promise<Buffer> {
    return this.slot(sessionId).screenshot(selector);
  }

  execute(sessionId: string, script: string, args: readonly unknown[] = []): Promise<unknown> {
    return this.slot(sessionId).execute(script, args);
  }

  async stop(): Promise<void> {
    const slots = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(slots.map((slot) => slot.stop()));
  }
}

export function webkitLauncher(options: { concurrency?: number } = {}): WebKitLauncher {
  return new WebKitLauncher(options);
}
