/**
 * The page a test session runs in, whichever engine's launcher holds it, for the server
 * commands that act on it (viewport, media, screenshots). Node only.
 */
import type { PlaywrightLauncher } from '@web/test-runner-playwright';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { FirefoxLauncher } from './firefox-launcher.js';
import { WebKitLauncher } from './webkit-launcher.js';

export type EnginePage =
  | { readonly kind: 'playwright'; readonly page: PlaywrightPage }
  | { readonly kind: 'puppeteer'; readonly page: PuppeteerPage }
  | { readonly kind: 'webkit'; readonly launcher: WebKitLauncher; readonly id: string };

interface Session {
  readonly id: string;
  readonly browser: unknown;
}

function hasGetPage(browser: unknown): browser is { type: string; getPage(id: string): unknown } {
  return (
    typeof browser === 'object' && browser !== null && typeof (browser as { getPage?: unknown }).getPage === 'function'
  );
}

export function enginePage(session: Session): EnginePage {
  const { browser, id } = session;
  if (browser instanceof WebKitLauncher) return { kind: 'webkit', launcher: browser, id };
  if (hasGetPage(browser) && browser.type === 'playwright')
    return { kind: 'playwright', page: browser.getPage(id) as ReturnType<PlaywrightLauncher['getPage']> };
  if (browser instanceof FirefoxLauncher) return { kind: 'puppeteer', page: browser.getPage(id) };
  throw new Error(`no page for a launcher of type ${hasGetPage(browser) ? browser.type : 'unknown'}`);
}

/**
 * While a screenshot is taken: no caret and no transition or animation, so the picture
 * depends only on the page (what Playwright's `caret: 'hide'` and `animations: 'disabled'` do).
 */
const STILL_CSS =
  '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }';

const ADD_STILL = `{ const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(STILL_CSS)});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; window.__stillSheet = sheet; }`;
const REMOVE_STILL = `document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__stillSheet);
  delete window.__stillSheet;`;

/** A PNG of the first element that matches `selector`, in CSS pixels. */
export async function screenshot(target: EnginePage, selector: string): Promise<Buffer> {
  switch (target.kind) {
    case 'playwright':
      return target.page
        .locator(selector)
        .first()
        .screenshot({ animations: 'disabled', caret: 'hide', scale: 'css', timeout: 10_000 });
    case 'puppeteer': {
      const element = await target.page.$(selector);
      if (!element) throw new Error(`screenshot: no element matches ${selector}`);
      await target.page.evaluate(ADD_STILL);
      try {
        return Buffer.from(await element.screenshot({ type: 'png' }));
      } finally {
        await target.page.evaluate(REMOVE_STILL);
      }
    }
    case 'webkit': {
      await target.launcher.execute(target.id, ADD_STILL);
      try {
        return await target.launcher.takeScreenshot(target.id, selector);
      } finally {
        await target.launcher.execute(target.id, REMOVE_STILL);
      }
    }
  }
}
