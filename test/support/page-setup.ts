/**
 * Browser side of the `page-setup` command: the viewport size and the media features a test
 * needs, in whichever engine it runs. Chromium emulates the media features per page;
 * Firefox and WebKit cannot over WebDriver, so they start with the light scheme and reduced
 * motion, and a test that needs anything else fails here, saying why.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { PAGE_SETUP_COMMAND, type PageSetup } from './page-setup-command.js';

export type { PageSetup };

export async function setUpPage(setup: PageSetup): Promise<void> {
  await executeServerCommand<boolean, PageSetup>(PAGE_SETUP_COMMAND, setup);
  const problems: string[] = [];
  if (window.innerWidth !== setup.width || window.innerHeight !== setup.height)
    problems.push(`a ${String(window.innerWidth)}x${String(window.innerHeight)} viewport`);
  if (!matchMedia(`(prefers-color-scheme: ${setup.colorScheme})`).matches) problems.push('another colour scheme');
  if (!matchMedia(`(prefers-reduced-motion: ${setup.reducedMotion})`).matches) problems.push('another motion setting');
  if (problems.length > 0)
    throw new Error(`page-setup: the page has ${problems.join(', ')} than asked for: ${JSON.stringify(setup)}`);
}
