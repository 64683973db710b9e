import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['src/define.ts'], bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, outdir: '/tmp/szout', metafile: true, write: true, tsconfig: 'tsconfig.json', logLevel: 'error' });
const outs = r.metafile.outputs;
const entry = Object.keys(outs).find(n => outs[n].entryPoint === 'src/define.ts');
const fs = await import('node:fs');
const buf = fs.readFileSync(entry);
console.log(entry, buf.length, gzipSync(buf).length, brotliCompressSync(buf).length);
const by = {};
for (const [k, v] of Object.entries(outs[entry].inputs)) { const key = k.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1'); by[key] = (by[key] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${v}\t${k}`).join('\n'));
const up = new Set(); const visit = n => { if (up.has(n)) return; up.add(n); for (const i of outs[n].imports) if (i.kind === 'import-statement') visit(i.path); };
visit(entry);
let all = Buffer.alloc(0);
for (const n of up) { const b = fs.readFileSync(n); all = Buffer.concat([all, b]); console.log(n, b.length, brotliCompressSync(b).length, Object.keys(outs[n].inputs).join(' ')); }
console.log('upfront', all.length, gzipSync(all).length, brotliCompressSync(all).length);
for (const [n,o] of Object.entries(outs)) if (!up.has(n) && !n.endsWith('.map')) { const b = fs.readFileSync(n); if (!Object.keys(o.inputs)[0].startsWith('locales/')) console.log('lazy', n, b.length, brotliCompressSync(b).length, Object.keys(o.inputs).join(' ')); }
