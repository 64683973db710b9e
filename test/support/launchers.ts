/**
 * One web-test-runner launcher per engine, each on the browser Debian packages (nothing
 * downloads a browser): Chromium through Playwright, Firefox ESR through puppeteer over
 * WebDriver BiDi (`firefox-launcher.ts`), WebKitGTK through `webkit-launcher.ts`. Node only.
 */
import type { BrowserLauncher } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import type { EngineName } from './engines.js';
import { firefoxLauncher } from './firefox-launcher.js';
import { webkitLauncher } from './webkit-launcher.js';

export function engineLauncher(engine: EngineName): BrowserLauncher {
  switch (engine) {
    case 'chromium':
      return playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] },
      });
    case 'firefox':
      return firefoxLauncher();
    case 'webkit':
      return webkitLauncher();
  }
}
