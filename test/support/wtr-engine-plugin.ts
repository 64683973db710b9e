/**
 * web-test-runner plugin for the `page-setup` command (`page-setup.ts`): sets the viewport,
 * and the colour scheme and motion preference where the engine can emulate them per page
 * (Chromium). Firefox and WebKit are started with the light scheme and reduced motion
 * (`launchers.ts`, `webkit-launcher.ts`). Node only.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import { enginePage } from './engine-pages.js';
import { setFirefoxViewport } from './firefox-launcher.js';
import { PAGE_SETUP_COMMAND, isPageSetup } from './page-setup-command.js';

export function enginePlugin(): TestRunnerPlugin {
  return {
    name: 'engine-page-setup',
    async executeCommand({ command, payload, session }) {
      if (command !== PAGE_SETUP_COMMAND) return undefined;
      if (!isPageSetup(payload)) throw new Error(`${PAGE_SETUP_COMMAND}: width, height, colorScheme and reducedMotion`);
      const { width, height, colorScheme, reducedMotion } = payload;
      const target = enginePage(session);
      switch (target.kind) {
        case 'playwright':
          await target.page.setViewportSize({ width, height });
          await target.page.emulateMedia({ colorScheme, reducedMotion });
          break;
        case 'puppeteer':
          await setFirefoxViewport(target.page, width, height);
          break;
        case 'webkit':
          await target.launcher.setViewport(target.id, width, height);
          break;
      }
      return true;
    },
  };
}
