/**
 * The browser engines the browser tests run in, shared by `web-test-runner.config.mjs` and
 * `test/run.ts`. `ENGINES=chromium,firefox,webkit` picks them; without it CI (`CI=true`)
 * runs all three and a developer's machine Chromium only. Chromium runs every browser test
 * file; Firefox ESR and WebKitGTK run the journeys a person goes through. Node only.
 */

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;

export type EngineName = (typeof ENGINE_NAMES)[number];

/** The journey files: the first journey, every challenge, the fault table, strict CSP and token safety, the hostile page. */
export const JOURNEY_FILES: readonly string[] = [
  'test/e2e/first-journey.browser.test.ts',
  'test/e2e/challenges.browser.test.ts',
  'test/e2e/mfa-setup.browser.test.ts',
  'test/e2e/verify-contact.browser.test.ts',
  'test/e2e/faults-*.browser.test.ts',
  'test/e2e/token-safety.browser.test.ts',
  'test/themes/hostile-page.browser.test.ts',
];

export const ALL_BROWSER_FILES: readonly string[] = ['test/**/*.browser.test.ts'];

function isEngine(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** The engines `ENGINES` names, in the order Chromium, Firefox, WebKit; throws on an unknown name. */
export function selectedEngines(env: NodeJS.ProcessEnv = process.env): EngineName[] {
  const listed = (env.ENGINES ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (listed.length === 0) return env.CI === 'true' ? [...ENGINE_NAMES] : ['chromium'];
  const unknown = listed.filter((name) => !isEngine(name));
  if (unknown.length > 0)
    throw new Error(`ENGINES: unknown engine(s) ${unknown.join(', ')}; known: ${ENGINE_NAMES.join(', ')}`);
  return ENGINE_NAMES.filter((name) => listed.includes(name));
}

/** The test files an engine runs. */
export function engineFiles(engine: EngineName): readonly string[] {
  return engine === 'chromium' ? ALL_BROWSER_FILES : JOURNEY_FILES;
}
