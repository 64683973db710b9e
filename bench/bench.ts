/**
 * `npm run bench`: the size and speed of `<cognito-authenticator>`, side by side with Amplify
 * UI's React Authenticator (installed in `bench/compare` on first run), in one run.
 *
 * - Bytes of the English password journey (`journey.ts`): what a browser loads to sign in
 *   with a password, bundled with code splitting and minified by esbuild alone.
 * - Bytes, minified / gzip / brotli (esbuild: bundle, minify, ESM, es2022; then terser, as
 *   the single file is built): the full element (every screen, English, CSS, SRP, QR,
 *   `fetch` transport: the single-file build), the same minified by esbuild alone, the
 *   element with the SDK transport, one locale file; Amplify's app, a bare React app, and
 *   what Amplify adds to it, all three minified the same way.
 * - Headless Chromium: time from navigation to the sign-in form being visible and usable
 *   (median of fresh loads, each in a new browser context), and the JS heap then (used,
 *   after a garbage collection).
 * - SRP client time (median of 20 rounds) for this package and amazon-cognito-identity-js.
 *
 * Budgets: the password journey at most 30 kB brotli (1 kB = 1000 bytes); the sign-in form in at
 * most half of Amplify's time; SRP in at most a quarter of amazon-cognito-identity-js's
 * time. Over budget, it says so and exits with 1. `BENCH_LOADS` changes the loads per page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { bundleSingleFile, buildPackage, cdnEntry, I18N_FILE, terse } from '../scripts/build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.ts';
import { passwordJourneyFiles } from './journey.ts';
import type { SrpTimes } from './srp-page.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const compareDir = join(root, 'bench', 'compare');
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const SRP_ROUNDS = 20;
const BUDGET_BROTLI = 30_000;

// ---- sizes ----

interface Size {
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
}

function sizeOf(text: string | Uint8Array): Size {
  const bytes = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const minus = (a: Size, b: Size): Size => ({
  minified: a.minified - b.minified,
  gzip: a.gzip - b.gzip,
  brotli: a.brotli - b.brotli,
});

interface Bundle {
  readonly js: string;
  readonly css: string;
}

const appBuildOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
};

async function bundle(options: BuildOptions): Promise<Bundle> {
  const result = await build({ ...options, write: false, outdir: '/out', logLevel: 'error' });
  const text = (extension: string): string =>
    result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

/** An app compared with, minified as the single file is: by esbuild, then by terser. */
async function appBundle(entry: string): Promise<Bundle & { readonly esbuildJs: string }> {
  const built = await bundle({
    ...appBuildOptions,
    entryPoints: [join(compareDir, entry)],
    nodePaths: [join(compareDir, 'node_modules')],
  });
  return { ...built, js: await terse(built.js), esbuildJs: built.js };
}

/** Minified bytes of the bundle by package (node_modules) or by our own folder. */
function breakdown(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(input);
      const key =
        match?.[1] ??
        (input.startsWith('dist/locales/') ? 'locales/en.json' : input.replace(/^dist\/src\/([^/]+)\/.*$/u, 'src/$1'));
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

// ---- pages ----

type Files = Map<string, { readonly body: string; readonly type: string }>;

function page(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

async function serve(files: Files): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// ---- browser ----

declare global {
  interface Window {
    benchReady?: number;
  }
}

/**
 * Runs in every page before its own scripts: on each animation frame, checks for a form
 * with a visible, enabled username field, password field and submit button, and keeps
 * the time of the first frame that has one. (A string: the page gets it as written.)
 */
const READINESS_PROBE = `(() => {
  const usable = (element) =>
    element instanceof HTMLElement &&
    !element.disabled &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().width > 0;
  const check = () => {
    const form = [...document.querySelectorAll('form')].find((candidate) => candidate.querySelector('input[name="username"]'));
    if (form && ['input[name="username"]', 'input[name="password"]', 'button[type="submit"]'].every((selector) => usable(form.querySelector(selector)))) {
      window.benchReady = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const PAGES = ['element', 'amplify', 'react', 'html'] as const;
type Page = (typeof PAGES)[number];

interface Load {
  readonly readyMs: number;
  readonly heapBytes: number;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.addInitScript({ content: READINESS_PROBE });
    await tab.goto(url, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.benchReady !== undefined, undefined, { timeout: 60_000, polling: 50 });
    const readyMs = await tab.evaluate(() => window.benchReady ?? Number.NaN);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { readyMs, heapBytes: usedSize };
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

// ---- report ----

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const MB = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const sizeRow = (name: string, size: Size): string[] => [name, kB(size.minified), kB(size.gzip), kB(size.brotli)];

/** The element's bytes over another's JS and CSS, for each measure. */
const versus = (name: string, ours: Size, js: Size, css: Size): string[] => [
  name,
  ratio(ours.minified, js.minified + css.minified),
  ratio(ours.gzip, js.gzip + css.gzip),
  ratio(ours.brotli, js.brotli + css.brotli),
];

function ensureCompareInstalled(): void {
  if (existsSync(join(compareDir, 'node_modules', '@aws-amplify', 'ui-react', 'package.json'))) return;
  console.log('Installing Amplify UI into bench/compare (first run)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: compareDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in bench/compare failed');
}

async function main(): Promise<number> {
  console.log('Building the package…');
  // The single file as the build wrote it to `dist/cdn/`, with the files beside it.
  const { single: element, beside: besideFiles } = await buildPackage();
  ensureCompareInstalled();

  // Sizes.
  const withSdk = await bundleSingleFile(
    `${cdnEntry('./dist/src')}export { createSdkTransport } from './dist/src/sdk.js';\n`,
  );
  // i18next and the element's use of it: the file beside the single file, loaded with the first other language.
  const beside = besideFiles.get(I18N_FILE);
  if (!beside) throw new Error(`the build wrote no ${I18N_FILE}`);
  const locale = readFileSync(join(root, 'dist', 'locales', 'de.json'), 'utf8');
  const amplify = await appBundle('amplify-app.tsx');
  const react = await appBundle('react-app.tsx');
  const elementSize = sizeOf(element.code);
  const amplifyAdds = minus(sizeOf(amplify.js), sizeOf(react.js));
  const amplifyAddsEsbuild = minus(sizeOf(amplify.esbuildJs), sizeOf(react.esbuildJs));
  const elementEsbuild = sizeOf(element.esbuildCode);
  // Each file of the password journey compressed on its own, as a server sends it.
  const journeyFiles = await passwordJourneyFiles(root);
  const journey = journeyFiles
    .map((file) => sizeOf(file.text))
    .reduce((sum, size) => ({
      minified: sum.minified + size.minified,
      gzip: sum.gzip + size.gzip,
      brotli: sum.brotli + size.brotli,
    }));
  const amplifyCss = sizeOf(amplify.css);

  // Pages.
  const srpPage = await bundle({
    ...appBuildOptions,
    entryPoints: [join(root, 'bench', 'srp-page.ts')],
    tsconfig: join(root, 'tsconfig.json'),
    platform: 'browser',
  });
  const files: Files = new Map([
    [
      '/element/index.html',
      {
        type: 'text/html',
        body: page(
          'element',
          '<script type="module" src="/element/element.js"></script>',
          '<cognito-authenticator user-pool-id="eu-west-1_AbC123xyz" client-id="1example23456789" endpoint="http://127.0.0.1:9/"></cognito-authenticator>',
        ),
      },
    ],
    ['/element/element.js', { type: 'text/javascript', body: element.code }],
    [
      '/amplify/index.html',
      {
        type: 'text/html',
        body: page(
          'amplify',
          '<link rel="stylesheet" href="/amplify/app.css"><script type="module" src="/amplify/app.js"></script>',
          '<div id="root"></div>',
        ),
      },
    ],
    ['/amplify/app.js', { type: 'text/javascript', body: amplify.js }],
    ['/amplify/app.css', { type: 'text/css', body: amplify.css }],
    [
      '/react/index.html',
      {
        type: 'text/html',
        body: page('react', '<script type="module" src="/react/app.js"></script>', '<div id="root"></div>'),
      },
    ],
    ['/react/app.js', { type: 'text/javascript', body: react.js }],
    [
      '/html/index.html',
      {
        type: 'text/html',
        body: page(
          'html',
          '',
          '<form><input name="username" aria-label="Username"><input name="password" type="password" aria-label="Password"><button type="submit">Sign in</button></form>',
        ),
      },
    ],
    [
      '/srp/index.html',
      { type: 'text/html', body: page('srp', '<script type="module" src="/srp/srp.js"></script>', '') },
    ],
    ['/srp/srp.js', { type: 'text/javascript', body: srpPage.js }],
  ]);
  const { server, origin } = await serve(files);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  const loads: Record<Page, Load[]> = { element: [], amplify: [], react: [], html: [] };
  let srp: SrpTimes;
  try {
    console.log(`Loading each page ${LOADS} times in headless Chromium…`);
    // One load of each first, not counted: the OS and Chromium warm up.
    for (const name of PAGES) await load(browser, `${origin}/${name}/index.html`);
    for (let round = 0; round < LOADS; round += 1) {
      // Each round in another order, so that no page always follows the same one.
      const order = PAGES.map((_, index) => PAGES[(index + round) % PAGES.length] ?? 'element');
      for (const name of order) loads[name].push(await load(browser, `${origin}/${name}/index.html`));
    }
    console.log(`Timing SRP, ${SRP_ROUNDS} rounds each…`);
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/srp/index.html`);
    await tab.waitForFunction(() => window.runSrp !== undefined);
    srp = await tab.evaluate(async (rounds) => {
      if (!window.runSrp) throw new Error('no runSrp');
      return window.runSrp(rounds);
    }, SRP_ROUNDS);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }

  const ready = Object.fromEntries(PAGES.map((name) => [name, median(loads[name].map((l) => l.readyMs))])) as Record<
    Page,
    number
  >;
  const heap = Object.fromEntries(PAGES.map((name) => [name, median(loads[name].map((l) => l.heapBytes))])) as Record<
    Page,
    number
  >;
  const srpOurs = median(srp.ours);
  const srpAcij = median(srp.amazonCognitoIdentityJs);

  console.log(
    `\nBytes (esbuild: bundle, minify, ESM, es2022; then terser; gzip -9, brotli -q 11; 1 kB = 1000 bytes)\n`,
  );
  console.log(
    table(
      ['', 'minified', 'gzip', 'brotli'],
      [
        sizeRow(
          `the English password journey: the element's module and ${String(journeyFiles.length - 1)} chunks, esbuild alone`,
          journey,
        ),
        sizeRow('cognito-authenticator, full element (single file)', elementSize),
        sizeRow('cognito-authenticator with the SDK transport', sizeOf(withSdk.code)),
        sizeRow('one locale file (de.json)', sizeOf(locale)),
        sizeRow('i18next, with the first other language', sizeOf(beside.code)),
        sizeRow('Amplify UI app: JS', sizeOf(amplify.js)),
        sizeRow('Amplify UI app: CSS', amplifyCss),
        sizeRow('bare React app: JS', sizeOf(react.js)),
        sizeRow('what Amplify UI adds: JS', amplifyAdds),
        versus('full element vs what Amplify UI adds (JS + CSS)', elementSize, amplifyAdds, amplifyCss),
        sizeRow('full element, minified by esbuild alone', elementEsbuild),
        sizeRow('what Amplify UI adds: JS, minified by esbuild alone', amplifyAddsEsbuild),
        versus('the same ratio, esbuild alone for both', elementEsbuild, amplifyAddsEsbuild, amplifyCss),
      ],
    ),
  );
  console.log('\nThe full element, minified bytes by origin\n');
  console.log(
    table(
      ['', 'minified'],
      breakdown(element.metafile)
        .slice(0, 12)
        .map(([name, bytes]) => [name, kB(bytes)]),
    ),
  );

  console.log(`\nHeadless Chromium, median of ${LOADS} fresh loads each (JS heap: used, after a garbage collection)\n`);
  console.log(
    table(
      ['', 'sign-in form ready', 'JS heap then', 'vs Amplify'],
      [
        [
          'cognito-authenticator (plain page)',
          ms(ready.element),
          MB(heap.element),
          ratio(ready.element, ready.amplify),
        ],
        ['Amplify UI Authenticator (React app)', ms(ready.amplify), MB(heap.amplify), '1.00×'],
        ['bare React app with a form (reference)', ms(ready.react), MB(heap.react), ratio(ready.react, ready.amplify)],
        [
          'HTML page with a form, no script (reference)',
          ms(ready.html),
          MB(heap.html),
          ratio(ready.html, ready.amplify),
        ],
      ],
    ),
  );
  console.log(`\nSRP client time in headless Chromium, median of ${SRP_ROUNDS}\n`);
  console.log(
    table(
      ['', 'median', 'fastest', 'slowest', 'vs ACIJ'],
      [
        [
          'cognito-authenticator (BigInt + WebCrypto)',
          ms(srpOurs),
          ms(Math.min(...srp.ours)),
          ms(Math.max(...srp.ours)),
          ratio(srpOurs, srpAcij),
        ],
        [
          'amazon-cognito-identity-js',
          ms(srpAcij),
          ms(Math.min(...srp.amazonCognitoIdentityJs)),
          ms(Math.max(...srp.amazonCognitoIdentityJs)),
          '1.00×',
        ],
      ],
    ),
  );

  const budgets = [
    {
      name: `the English password journey at most ${kB(BUDGET_BROTLI)} brotli (esbuild alone)`,
      actual: `${kB(journey.brotli)} (${String(journey.brotli)} bytes)`,
      ok: journey.brotli <= BUDGET_BROTLI,
    },
    {
      name: "sign-in form ready in at most half of Amplify UI's time",
      actual: `${ms(ready.element)} vs ${ms(ready.amplify)} (${ratio(ready.element, ready.amplify)})`,
      ok: ready.element <= ready.amplify / 2,
    },
    {
      name: "SRP in at most a quarter of amazon-cognito-identity-js's time",
      actual: `${ms(srpOurs)} vs ${ms(srpAcij)} (${ratio(srpOurs, srpAcij)})`,
      ok: srpOurs <= srpAcij / 4,
    },
  ];
  console.log('\nBudgets\n');
  for (const budget of budgets) console.log(`${budget.ok ? 'ok  ' : 'OVER'}  ${budget.name}: ${budget.actual}`);
  const over = budgets.filter((budget) => !budget.ok).length;
  console.log(over === 0 ? '\nEvery budget holds.' : `\n${over} budget(s) over.`);
  return over === 0 ? 0 : 1;
}

process.exitCode = await main();
