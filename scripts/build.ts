/**
 * Builds the package: the TypeScript output in `dist/src` (with minified CSS) beside the
 * locales in `dist/locales` (compact JSON), the Custom Elements Manifest, and a single-file
 * ESM build for a `<script type="module">` from a CDN in `dist/cdn`, which loads the other
 * languages from `dist/locales` next to it, and i18next with them from a file beside it.
 *
 * `node --import tsx scripts/build.ts` (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { minifyCssTemplates } from './minify-css.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** Where the single-file build goes, relative to the package root. */
export const CDN_FILE = 'dist/cdn/cognito-authenticator.js';

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(result.status ?? result.signal)})`);
}

/** Minifies the css`…` templates of the compiled modules in place. */
async function minifyStyles(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    if (!/\bcss\s*`/u.test(source)) continue;
    writeFileSync(path, await minifyCssTemplates(source, file));
  }
}

/**
 * Leaves every language but English out of the bundle: each stays a JSON module imported
 * on first use from `dist/locales/`, which from `dist/cdn/` is `../locales/`.
 */
const localesNextToIt: Plugin = {
  name: 'locales-next-to-it',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/[\w-]+\.json$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = args.path.split('/').at(-1) ?? '';
      return { path: `../locales/${file}`, external: true };
    });
  },
};

/** The file beside the single-file build that holds i18next, for languages other than English. */
export const I18N_FILE = 'cognito-authenticator.i18n.js';

/** The file beside the single-file build that holds the pseudo-locale `en-XA`. */
export const PSEUDO_FILE = 'cognito-authenticator.pseudo.js';

/** The modules the single file imports on first use, by the file beside it that holds each. */
const BESIDE: Readonly<Record<string, string>> = {
  './i18n.js': I18N_FILE,
  './own-i18n.js': I18N_FILE,
  './pseudo.js': PSEUDO_FILE,
};

/**
 * English needs neither i18next nor the pseudo-locale; the first other language (or an
 * app's own i18next instance) loads i18next, and `en-XA` its messages, like the locales,
 * from files next to the single file.
 */
const besideIt: Plugin = {
  name: 'beside-it',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(?:own-i18n|i18n|pseudo)\.js$/ }, (args) => {
      const file = BESIDE[args.path];
      if (args.kind !== 'dynamic-import' || file === undefined) return undefined;
      return { path: `./${file}`, external: true };
    });
  },
};

/** The module source of the single file, from the sources in `dir`: every export, the tag registered. */
export function cdnEntry(dir: string): string {
  return `export * from '${dir}/index.js';\nimport '${dir}/define.js';\n`;
}

/** The module source of the file beside the single file that holds i18next, from the sources in `dir`. */
export function i18nEntry(dir: string): string {
  return `export * from '${dir}/i18n/i18n.js';\nexport { createI18n } from '${dir}/i18n/own-i18n.js';\n`;
}

/** The files beside the single file, with their module sources from the sources in `dir`. */
export function besideEntries(dir: string): readonly { readonly file: string; readonly contents: string }[] {
  return [
    { file: I18N_FILE, contents: i18nEntry(dir) },
    { file: PSEUDO_FILE, contents: `export * from '${dir}/i18n/pseudo.js';\n` },
  ];
}

/** The esbuild options of the single-file build, shared with the benchmark. */
export const cdnBuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // The external locale imports keep their `with { type: 'json' }`, which es2022 lacks.
  supported: { 'import-attributes': true },
  minify: true,
  legalComments: 'none',
  plugins: [localesNextToIt, besideIt],
} as const;

/** Rewrites the locale files tsc copied (re-indented) as compact JSON. */
function compactLocales(dir: string): void {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
  }
}

export async function buildCdn(outfile: string): Promise<void> {
  await build({
    ...cdnBuildOptions,
    plugins: [...cdnBuildOptions.plugins],
    stdin: {
      contents: cdnEntry('./dist/src'),
      resolveDir: root,
      sourcefile: 'cognito-authenticator.js',
      loader: 'js',
    },
    outfile,
    logLevel: 'warning',
  });
  for (const { file, contents } of besideEntries('./dist/src')) {
    await build({
      ...cdnBuildOptions,
      plugins: [...cdnBuildOptions.plugins],
      stdin: { contents, resolveDir: root, sourcefile: file, loader: 'js' },
      outfile: join(dirname(outfile), file),
      logLevel: 'warning',
    });
  }
}

export async function buildPackage(): Promise<void> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  await minifyStyles(join(root, 'dist', 'src'));
  compactLocales(join(root, 'dist', 'locales'));
  run(bin('cem'), ['analyze']);
  await buildCdn(join(root, CDN_FILE));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPackage();
