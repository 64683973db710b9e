/**
 * What a browser loads for the English password journey: the element's module and the
 * chunks it imports before anything is shown, bundled with code splitting and minified by
 * esbuild alone (as Vite and esbuild give an app). Screens other than sign-in, other
 * languages and i18next are chunks loaded on first use, so they are not counted. Each file
 * is compressed on its own, as a server sends it.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

export interface JourneyFile {
  readonly name: string;
  readonly text: string;
  /** The source modules bundled into it, relative to the project. */
  readonly modules: readonly string[];
}

export async function passwordJourneyFiles(root: string): Promise<JourneyFile[]> {
  const result = await build({
    entryPoints: [join(root, 'src', 'define.ts')],
    tsconfig: join(root, 'tsconfig.json'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: join(root, '.bench-out'),
    metafile: true,
    logLevel: 'error',
  });
  const base = (path: string): string => path.split('/').pop() ?? path;
  const texts = new Map(result.outputFiles.map((file) => [base(file.path), file.text]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint?.endsWith('src/define.ts'));
  if (entry === undefined) throw new Error('esbuild wrote no entry for src/define.ts');
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...loaded].map((name) => ({
    name: base(name),
    text: texts.get(base(name)) ?? '',
    modules: Object.keys(outputs[name]?.inputs ?? {}),
  }));
}
