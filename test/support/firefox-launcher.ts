/**
 * web-test-runner launcher for Firefox ESR from Debian's packages, driven headless by
 * puppeteer-core over WebDriver BiDi (no driver binary). Like wtr's Playwright launcher in
 * Chromium, every test file gets a fresh browser context (its own storage) in a window of
 * its own: a background tab would be hidden and its timers throttled. Node only.
 *
 * Its `type` is `puppeteer` and `getPage` gives the file's page, so wtr's `send-keys` and
 * `set-viewport` commands work as with its own puppeteer launcher.
 */
import type { BrowserLauncher, SessionResult } from '@web/test-runner';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox's preferences for the tests: the light scheme and reduced motion (WebDriver BiDi
 * cannot emulate media features per page), focus events in every window as in a focused
 * one, and a closed network (no updates, telemetry or safe-browsing lists).
 */
const FIREFOX_PREFS: Readonly<Record<string, string | number | boolean>> = {
  'layout.css.prefers-color-scheme.content-override': 1,
  'ui.systemUsesDarkTheme': 0,
  'ui.prefersReducedMotion': 1,
  'focusmanager.testmode': true,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

interface Active {
  readonly context: BrowserContext;
  readonly page: Page;
}

export class FirefoxLauncher implements BrowserLauncher {
  name = 'Firefox';
  type = 'puppeteer';

  private browser: Promise<Browser> | undefined;
  private readonly active = new Map<string, Active>();

  private launch(): Promise<Browser> {
    this.browser ??= puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: { ...FIREFOX_PREFS },
    });
    return this.browser;
  }

  async startSession(sessionId: string, url: string): Promise<void> {
    const browser = await this.launch();
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage({ type: 'window' });
      this.active.set(sessionId, { context, page });
      await setFirefoxViewport(page, 800, 600);
      await page.goto(url);
    } catch (error) {
      this.active.delete(sessionId);
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  isActive(sessionId: string): boolean {
    return this.active.has(sessionId);
  }

  getBrowserUrl(sessionId: string): string {
    return this.getPage(sessionId).url();
  }

  getPage(sessionId: string): Page {
    const active = this.active.get(sessionId);
    if (!active) throw new Error(`Firefox: no page for session ${sessionId}`);
    return active.page;
  }

  async stopSession(sessionId: string): Promise<SessionResult> {
    const active = this.active.get(sessionId);
    this.active.delete(sessionId);
    if (active) {
      // An empty page stops whatever the test left running; the context takes its storage along.
      await active.page.goto('about:blank').catch(() => undefined);
      await active.context.close();
    }
    return {};
  }

  startDebugSession(): Promise<void> {
    return Promise.reject(new Error('Firefox: debugging is not supported here; open the test page in Firefox'));
  }

  async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.active.clear();
    if (browser) await (await browser).close();
  }
}

/** The BiDi browsing context puppeteer keeps for a page's main frame. */
interface BidiContext {
  setViewport(options: {
    viewport: { width: number; height: number } | null;
    devicePixelRatio?: number | null;
  }): Promise<void>;
}

function hasBidiContext(frame: unknown): frame is { browsingContext: BidiContext } {
  const context = (frame as { browsingContext?: { setViewport?: unknown } } | null)?.browsingContext;
  return typeof context?.setViewport === 'function';
}

/**
 * Sets the page's viewport with WebDriver BiDi's `browsingContext.setViewport` alone.
 * Puppeteer's `page.setViewport` sends a screen-orientation override with it, a command
 * Firefox ESR 140.12 does not know, and then leaves the viewport as it was.
 */
export async function setFirefoxViewport(page: Page, width: number, height: number): Promise<void> {
  const frame: unknown = page.mainFrame();
  if (!hasBidiContext(frame)) {
    await page.setViewport({ width, height });
    return;
  }
  await frame.browsingContext.setViewport({ viewport: { width, height }, devicePixelRatio: null });
}

export function firefoxLauncher(): FirefoxLauncher {
  return new FirefoxLauncher();
}
