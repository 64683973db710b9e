/**
 * web-test-runner plugin: bundles an example app from `examples/` with esbuild, the way its
 * README says, pointed at a test pool, and serves the result from memory under
 * `/__examples__/<n>/`. `cognito-authenticator` imports resolve to `src/` (tsconfig paths),
 * the example's `config.ts` to the test pool. Node only.
 *
 * Browser side: `exampleBuild('react', pool)` in `examples.ts`.
 *
 * It also serves `SDK_BUNDLE`: the package with its `./sdk` entry bundled for the browser,
 * since the AWS SDK's modules cannot be loaded one by one by the dev server.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestRunnerPlugin } from '@web/test-runner';
import { build, type BuildOptions, type OutputFile, type Plugin } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';
import { bundleCdn, type CdnBuild } from '../../scripts/build.ts';
import { compilerOptions } from '../../examples/vue/compiler-options.ts';
import {
  EXAMPLE_COMMAND,
  SDK_BUNDLE,
  isExampleBuildPayload,
  type ExampleBuildPayload,
  type ExampleConfig,
} from './examples-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__examples__/';

/** The example's `./config.ts` replaced by the test pool. */
function configPlugin(config: ExampleConfig): Plugin {
  return {
    name: 'example-config',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/config(\.ts)?$/ }, (args) =>
        args.importer.startsWith(join(root, 'examples')) ? { path: 'config', namespace: 'example-config' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'example-config' }, () => ({
        contents: `export const config = ${JSON.stringify(config)};`,
        loader: 'js',
      }));
    },
  };
}

/** Vue single-file components, compiled with the example's own compiler options. */
const vuePlugin: Plugin = {
  name: 'vue-sfc',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, async (args) => {
      const { descriptor, errors } = parse(await readFile(args.path, 'utf8'), { filename: args.path });
      if (errors.length > 0) return { errors: errors.map((error) => ({ text: String(error) })) };
      const script = compileScript(descriptor, {
        id: relative(root, args.path),
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      return { contents: script.content, loader: 'ts', resolveDir: join(args.path, '..') };
    });
  },
};

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  splitting: true,
  write: false,
  outdir: '/out',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};

type Files = Map<string, string>;

function collect(outputs: readonly OutputFile[] | undefined, files: Files): void {
  for (const output of outputs ?? []) files.set(relative('/out', output.path), output.text);
}

async function buildApp(example: 'react' | 'vue', config: ExampleConfig): Promise<Files> {
  const entry = example === 'react' ? 'main.tsx' : 'main.ts';
  const result = await build({
    ...common,
    entryPoints: { main: join(root, 'examples', example, entry) },
    plugins: [configPlugin(config), vuePlugin],
  });
  const files: Files = new Map();
  collect(result.outputFiles, files);
  return files;
}

/** The single-file build of the sources with the files beside it; it does not depend on the pool, so it is built once. */
let cdnBuild: Promise<CdnBuild> | undefined;

/**
 * The plain HTML page as written, with the CDN script pointing at a single-file build of
 * the sources and the element's attributes at the test pool.
 */
async function buildHtml(config: ExampleConfig): Promise<Files> {
  cdnBuild ??= bundleCdn('./src', { loader: 'ts', tsconfig: join(root, 'tsconfig.json') });
  const { single, beside } = await cdnBuild;
  let page = await readFile(join(root, 'examples/html/index.html'), 'utf8');
  const replace = (from: RegExp, to: string): void => {
    if (!from.test(page)) throw new Error(`examples/html/index.html no longer has ${String(from)}`);
    page = page.replace(from, to);
  };
  replace(
    /src="https:\/\/cdn\.jsdelivr\.net\/npm\/cognito-authenticator@[^"]+\/dist\/cdn\/cognito-authenticator\.js"/,
    'src="./cdn/cognito-authenticator.js"',
  );
  replace(/user-pool-id="[^"]*"/, `user-pool-id="${config.userPoolId}"`);
  replace(/client-id="[^"]*"/, `client-id="${config.clientId}" endpoint="${config.endpoint ?? ''}"`);
  return new Map([
    ['index.html', page],
    ['cdn/cognito-authenticator.js', single.code],
    ...[...beside].map(([file, { code }]) => [`cdn/${file}`, code] as const),
  ]);
}

/** The package's entries and its SDK transport in one module, with the tag registered. */
async function buildSdkBundle(): Promise<string> {
  const result = await build({
    ...common,
    splitting: false,
    stdin: {
      contents: "export * from './src/index.ts';\nexport * from './src/sdk.ts';\nimport './src/define.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    outdir: undefined,
    outfile: '/out/with-sdk.js',
  });
  return result.outputFiles?.[0]?.text ?? '';
}

export function examplesPlugin(): TestRunnerPlugin {
  const builds = new Map<string, Files>();
  let count = 0;
  let sdkBundle: Promise<string> | undefined;

  return {
    name: 'examples',

    async executeCommand({ command, payload }) {
      if (command !== EXAMPLE_COMMAND) return undefined;
      if (!isExampleBuildPayload(payload)) throw new Error(`${command}: expected { example, config }`);
      const { example, config }: ExampleBuildPayload = payload;
      const files = example === 'html' ? await buildHtml(config) : await buildApp(example, config);
      count += 1;
      const base = `${PREFIX}${count}/`;
      builds.set(base, files);
      return { base };
    },

    async serve(context) {
      if (context.path === SDK_BUNDLE) {
        sdkBundle ??= buildSdkBundle();
        return { body: await sdkBundle, type: 'js' };
      }
      if (!context.path.startsWith(PREFIX)) return undefined;
      const base = context.path.slice(0, context.path.indexOf('/', PREFIX.length) + 1);
      const file = context.path.slice(base.length);
      // The single-file build loads other languages from `../locales/` next to it.
      const locale = /^locales\/([\w-]+\.json)$/u.exec(file)?.[1];
      if (locale !== undefined && builds.has(base))
        return { body: await readFile(join(root, 'locales', locale), 'utf8'), type: 'json' };
      const body = builds.get(base)?.get(file);
      if (body === undefined) return undefined;
      return { body, type: context.path.endsWith('.html') ? 'html' : 'js' };
    },
  };
}
