// web-test-runner: browser tests (`test/**/*.browser.test.ts`) in Debian's Chromium, and
// the journeys also in Firefox ESR and WebKitGTK (`ENGINES=firefox,webkit`; see
// test/support/engines.ts), with the Cognito emulator and its test proxy running beside the
// dev server. One file: `npx wtr --files test/x.browser.test.ts`; see test/run.ts for the
// whole suite, which runs one engine after another.
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { register } from 'tsx/esm/api';

// wtr loads this file with plain Node: tsx lets it import the bench's TypeScript modules.
register();
const { cognitoDomainMiddleware, cognitoPlugin } = await import('./test/support/wtr-cognito-plugin.ts');
const { countingReporter } = await import('./test/support/wtr-reporter.ts');
const { examplesPlugin } = await import('./test/support/wtr-examples-plugin.ts');
const { visualPlugin } = await import('./test/support/wtr-visual-plugin.ts');

const { enginePlugin } = await import('./test/support/wtr-engine-plugin.ts');
const { webAuthnPlugin } = await import('./test/support/wtr-webauthn-plugin.ts');
const { engineFiles, selectedEngines } = await import('./test/support/engines.ts');
const { engineLauncher } = await import('./test/support/launchers.ts');

const engines = selectedEngines();
const filesGiven = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

/**
 * Serves the strict-CSP fixture page with the policy a locked-down site uses: no inline
 * script or style, no eval, Trusted Types required, and calls only to loopback hosts (the
 * Cognito test proxy).
 * @returns {import('@web/dev-server-core').Plugin}
 */
function strictCspPlugin() {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self' http://127.0.0.1:*",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return {
    name: 'strict-csp',
    transform(context) {
      if (context.path === '/test/e2e/fixtures/strict-csp.html')
        return { headers: { 'Content-Security-Policy': policy } };
      return undefined;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  // One engine: its files in its browser. Several: a group each, with its own files (test/run.ts
  // runs them one at a time instead, Chromium first), or with `--files`, those in every engine.
  ...(engines.length === 1 || filesGiven
    ? { files: [...new Set(engines.flatMap(engineFiles))], browsers: engines.map(engineLauncher) }
    : {
        groups: engines.map((engine) => ({
          name: engine,
          files: [...engineFiles(engine)],
          browsers: [engineLauncher(engine)],
        })),
      }),
  nodeResolve: true,
  // The pools' Cognito domains (a real OpenID Connect server), on the test page's origin.
  middleware: [cognitoDomainMiddleware()],
  // Measured on the 2-core machine with 8 element and bench files: 1 file at a time took
  // 22-26 s, 2 took 18-21 s, 3 and 4 no better (19-23 s).
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      // Read for useDefineForClassFields: false: class fields are assigned, not defined, so
      // they go through the accessors Lit makes for `static properties`.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // Not 'es2022': esbuild drops import attributes for targets without them, and
      // `import en from '….json' with { type: 'json' }` then fails in the browser.
      // 'esnext' leaves modern syntax to Chromium and skips plain .js files entirely.
      target: 'esnext',
    }),
    cognitoPlugin(),
    examplesPlugin(),
    strictCspPlugin(),
    // The viewport and media features a test asks for, in every engine.
    enginePlugin(),
    // A virtual authenticator in the Chromium page, for the passkey tests.
    webAuthnPlugin(),
    // Screenshots compared with test/visual/baselines (UPDATE_BASELINES=1 rewrites them).
    visualPlugin(),
  ],
  // Every test's name and mark, then wtr's usual errors, logs and progress, then the counts
  // for test/run.ts.
  reporters: [
    summaryReporter({ reportTestErrors: false, reportTestLogs: false }),
    defaultReporter(),
    countingReporter(),
  ],
};
