import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
const b = (t: string) => brotliCompressSync(Buffer.from(t), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const c of ["export { default } from 'i18next';", "export { LitElement, html, css, svg, render, nothing } from 'lit'; export * from 'lit/decorators.js'; export * from 'lit/directives/keyed.js'; export * from 'lit/directives/if-defined.js'; export * from 'lit/directives/repeat.js'; export * from 'lit/directives/until.js';", "export { default } from 'qrcode-generator';"]) {
  const r = await build({ stdin: { contents: c, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none' });
  console.log(c.slice(0, 40), r.outputFiles[0]!.text.length, b(r.outputFiles[0]!.text));
}
