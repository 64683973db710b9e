import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssTemplates } from '../../scripts/minify-css.ts';

describe('minifying the css`…` templates of the build', () => {
  it('minifies the text and puts every interpolation back', async () => {
    const source = 'const a = css`\n  ${host} .x {\n    color: var(--_c);  /* note */\n  }\n`;\n';
    assert.equal(await minifyCssTemplates(source), 'const a = css`${host} .x{color:var(--_c)}`;\n');
  });

  it('stops the build, naming the file, rather than ship a template it cannot minify', async () => {
    const source = "const a = css`.x::before { content: '\\\\2022'; }`;\n";
    await assert.rejects(
      minifyCssTemplates(source, 'dist/src/x.js'),
      /template in dist\/src\/x\.js cannot be minified: a backslash escape/u,
    );
  });
});
