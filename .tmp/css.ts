import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { cdnBuildOptions } from '../scripts/build.ts';
const b = (t: string) => brotliCompressSync(Buffer.from(t), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const dir of ['src', 'dist/src']) {
  const ext = dir === 'src' ? 'ts' : 'js';
  const r = await build({ ...cdnBuildOptions, plugins: [...cdnBuildOptions.plugins], stdin: { contents: `export * from './${dir}/index.${ext}'; import './${dir}/define.${ext}';`, resolveDir: process.cwd(), loader: 'ts' }, write: false, outfile: '/o.js', tsconfig: 'tsconfig.json' });
  const t = r.outputFiles[0]!.text;
  console.log(dir, t.length, b(t));
}
