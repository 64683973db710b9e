import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleSingleFile, cdnEntry, I18N_FILE, PSEUDO_FILE } from '../../scripts/build.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('the bundle', () => {
  it("carries the password journey's English only; the other screens' English and every other locale are chunks of their own, loaded on demand", async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'bundle-'));
    try {
      const result = await build({
        entryPoints: [join(root, 'src/define.ts')],
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'esnext',
        minify: true,
        outdir,
        metafile: true,
        tsconfig: join(root, 'tsconfig.json'),
        logLevel: 'silent',
      });
      const outputs = result.metafile.outputs;
      // What a page loads up front: the entry and every chunk it imports statically.
      const entryName = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === 'src/define.ts');
      assert.ok(entryName, 'an entry chunk');
      const upFront = new Set<string>();
      const visit = (name: string): void => {
        if (upFront.has(name)) return;
        upFront.add(name);
        for (const imported of outputs[name]?.imports ?? [])
          if (imported.kind === 'import-statement') visit(imported.path);
      };
      visit(entryName);
      const loadedLocales = [...upFront].flatMap((name) =>
        Object.keys(outputs[name]?.inputs ?? {}).filter(
          (input) => input.startsWith('locales/') || input.startsWith('src/i18n/english/'),
        ),
      );
      assert.deepEqual(loadedLocales, ['src/i18n/english/sign-in.json']);
      assert.ok(
        Object.values(outputs).some((output) => output.entryPoint === 'src/i18n/english/screens.json'),
        "the other screens' English is a chunk of its own",
      );
      const localeChunks = Object.values(outputs).filter(
        (output) => output.entryPoint?.startsWith('locales/') === true,
      );
      assert.equal(localeChunks.length, 41, 'one chunk per other locale');
      assert.ok(
        localeChunks.every((chunk) => Object.keys(chunk.inputs).length === 1),
        'each locale chunk holds one locale',
      );
      // English needs no i18next: it comes with the first other language (or the app's own instance).
      const upFrontInputs = [...upFront].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}));
      assert.deepEqual(
        upFrontInputs.filter((input) => input.includes('node_modules/i18next')),
        [],
        'i18next is not loaded up front',
      );
      assert.ok(
        Object.values(outputs).some((output) =>
          Object.keys(output.inputs).some((input) => input.includes('node_modules/i18next')),
        ),
        'i18next is a chunk of its own',
      );
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  });

  it('as the single file carries English only, and imports the other languages, i18next and the pseudo-locale from files next to it', async () => {
    const { code, metafile } = await bundleSingleFile(cdnEntry('./src'), {
      loader: 'ts',
      tsconfig: join(root, 'tsconfig.json'),
    });
    const inputs = Object.keys(metafile.inputs);
    assert.deepEqual(
      inputs.filter((input) => input.startsWith('locales/') || input.startsWith('src/i18n/english/')).sort(),
      ['src/i18n/english/screens.json', 'src/i18n/english/sign-in.json'],
    );
    assert.deepEqual(
      inputs.filter((input) => input.includes('node_modules/i18next') || input.endsWith('i18n/pseudo.ts')),
      [],
    );
    // What it imports, each on first use: one locale file by name, and the files beside it.
    const imports = [...code.matchAll(/import\(\s*([^,)]+)/gu)].map((match) => match[1]);
    assert.deepEqual(imports.filter((target) => target?.startsWith('"')).sort(), [
      `"./${I18N_FILE}"`,
      `"./${I18N_FILE}"`,
      `"./${PSEUDO_FILE}"`,
    ]);
    assert.match(code, /`\.\.\/locales\/\$\{\w+\}\.json`/u);
  });
});
