/**
 * Builds the package: the English messages split by screen (`scripts/english.ts`), the
 * TypeScript output in `dist/src` (with minified CSS) beside the locales in `dist/locales`
 * (compact JSON), the Custom Elements Manifest, and a single-file ESM build for a
 * `<script type="module">` from a CDN in `dist/cdn`, which loads the other languages from
 * `dist/locales` next to it, and i18next (and the pseudo-locale) with them from files
 * beside it.
 *
 * `node --import tsx scripts/build.ts` (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { minify, type MinifyOptions } from 'terser';
import { LOADERS } from '../src/i18n/locale-loaders.ts';
import { writeEnglish } from './english.ts';
import { minifyCssTemplates } from './minify-css.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** Where the single-file build goes, relative to the package root. */
export const CDN_FILE = 'dist/cdn/cognito-authenticator.js';

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${String(result.status ?? result.signal)})`);
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
 * The module that loads the languages other than English, as the single file has it: each
 * language is a file in `dist/locales/`, which from `dist/cdn/` is `../locales/`, imported
 * by name on first use (one import for all, not one per language).
 */
function localeLoadersModule(languages: readonly string[]): string {
  return [
    'const file = (language) => `../locales/${language}.json`;',
    `export const LOADERS = Object.fromEntries(${JSON.stringify(languages.join(' '))}.split(' ').map((language) => [language, () => import(file(language), { with: { type: 'json' } })]));`,
    '',
  ].join('\n');
}

/** Leaves every language but English out of the single file: `localeLoadersModule` stands in for `locale-loaders.ts`. */
const localesNextToIt: Plugin = {
  name: 'locales-next-to-it',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/locale-loaders\.js$/ }, () => ({
      path: 'locale-loaders',
      namespace: 'locales-next-to-it',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'locales-next-to-it' }, () => ({
      contents: localeLoadersModule(Object.keys(LOADERS)),
      loader: 'js',
    }));
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
    builder.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
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

/** The files beside the single file, with their module sources from the sources in `dir`. */
export function besideEntries(dir: string): readonly { readonly file: string; readonly contents: string }[] {
  return [
    {
      file: I18N_FILE,
      contents: `export * from '${dir}/i18n/i18n.js';\nexport { createI18n } from '${dir}/i18n/own-i18n.js';\n`,
    },
    { file: PSEUDO_FILE, contents: `export * from '${dir}/i18n/pseudo.js';\n` },
  ];
}

/** How esbuild bundles and minifies the single file. */
const cdnBuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // The locale imports keep their `with { type: 'json' }`, which es2022 lacks.
  supported: { 'import-attributes': true },
  minify: true,
  legalComments: 'none',
  plugins: [localesNextToIt, besideIt],
} as const;

const TERSER_OPTIONS: MinifyOptions = {
  module: true,
  ecma: 2020,
  compress: { passes: 1 },
  format: { comments: false, ascii_only: true },
};

/**
 * Minifies esbuild's minified output once more with terser: its names and compression
 * suit brotli better, which takes about 3% off the single file's brotli size. The
 * benchmark passes the apps it compares with through the same step.
 */
export async function terse(code: string): Promise<string> {
  const result = await minify(code, TERSER_OPTIONS);
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

export interface SingleFile {
  readonly code: string;
  /** The file as esbuild alone minifies it (what the benchmark shows beside it). */
  readonly esbuildCode: string;
  readonly metafile: Metafile;
}

/** `loader: 'ts'` and a `tsconfig` build from the TypeScript sources (the tests do); the default is `dist/`'s JavaScript. */
export interface SourceOptions {
  readonly loader?: 'js' | 'ts';
  readonly tsconfig?: string;
}

/**
 * One file of the single-file build from the module source `contents` (its imports
 * resolved from the package root): bundled and minified by esbuild, then by terser.
 */
export async function bundleSingleFile(contents: string, options: SourceOptions = {}): Promise<SingleFile> {
  const result = await build({
    ...cdnBuildOptions,
    plugins: [...cdnBuildOptions.plugins],
    stdin: { contents, resolveDir: root, loader: options.loader ?? 'js' },
    ...(options.tsconfig === undefined ? {} : { tsconfig: options.tsconfig }),
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no file');
  return { code: await terse(output.text), esbuildCode: output.text, metafile: result.metafile };
}

/** Rewrites the locale files tsc copied (re-indented) in `dir` as compact JSON. */
function compactLocales(dir: string): void {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
  }
}

/** The single file and the files beside it (by name), as built. */
export interface CdnBuild {
  readonly single: SingleFile;
  readonly beside: ReadonlyMap<string, SingleFile>;
}

/** Builds the single file from the sources in `dir` (`./dist/src` or, with TypeScript, `./src`), and the files beside it. */
export async function bundleCdn(dir: string, options: SourceOptions = {}): Promise<CdnBuild> {
  const single = await bundleSingleFile(cdnEntry(dir), options);
  const beside = new Map<string, SingleFile>();
  for (const { file, contents } of besideEntries(dir)) beside.set(file, await bundleSingleFile(contents, options));
  return { single, beside };
}

async function buildCdn(outfile: string): Promise<CdnBuild> {
  const built = await bundleCdn('./dist/src');
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, built.single.code);
  for (const [file, { code }] of built.beside) writeFileSync(join(dirname(outfile), file), code);
  return built;
}

/** The Subresource Integrity value of a file, as a `<script integrity>` takes it. */
export function subresourceIntegrity(code: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/** The `integrity="…"` of the README's CDN snippet, for the single file as built. */
export const README_INTEGRITY = /(cognito-authenticator\.js"\s+integrity=")(sha384-[A-Za-z0-9+/=]+)(")/u;

/** Builds everything in `dist/` and the manifest; returns the single-file build it wrote. */
export async function buildPackage(): Promise<CdnBuild> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // The English messages by screen, from locales/en.json as it is now.
  writeEnglish();
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  await minifyStyles(join(root, 'dist', 'src'));
  compactLocales(join(root, 'dist', 'locales'));
  compactLocales(join(root, 'dist', 'src', 'i18n', 'english'));
  run(bin('cem'), ['analyze']);
  return buildCdn(join(root, CDN_FILE));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPackage();
