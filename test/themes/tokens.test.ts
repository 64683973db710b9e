/**
 * The token contract: every private alias is defined and used, every public token is read
 * through an alias and documented in the element's JSDoc (and so in the manifest and
 * Storybook), the rules use no raw colours or sizes, and every theme sets documented
 * tokens only, under its own selector.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tokensPage } from '../../scripts/docs.ts';
import { authenticatorStyles } from '../../src/styles/authenticator.styles.ts';
import { screenStyles } from '../../src/styles/screens.styles.ts';

const root = new URL('../../', import.meta.url).pathname;
// The element's stylesheet, then the one the screens after sign-in add.
const cssText = `${authenticatorStyles.cssText}\n${screenStyles.cssText}`;

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const difference = (a: Iterable<string>, b: Iterable<string>): string[] => {
  const other = new Set(b);
  return sorted([...a].filter((value) => !other.has(value)));
};

/** `--_name: value;` declarations on the host, by alias name. */
function aliasDefinitions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of cssText.matchAll(/(--_[\w-]+):\s*([^;]+);/gu)) {
    const [, name = '', value = ''] = match;
    assert.equal(found.has(name), false, `${name} is defined twice`);
    found.set(name, value.trim());
  }
  return found;
}

async function documentedTokens(): Promise<string[]> {
  const source = await readFile(join(root, 'src/elements/cognito-authenticator/cognito-authenticator.ts'), 'utf8');
  return [...source.matchAll(/@cssproperty (--cognito-[\w-]+)/gu)].map((match) => match[1] ?? '');
}

/** The rules after the host's alias block, without their selectors' anchor. */
function ruleDeclarations(): { selector: string; property: string; value: string }[] {
  const rules: { selector: string; property: string; value: string }[] = [];
  const flat = cssText.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/@media[^{]+\{([\s\S]*?\})\s*\}/gu, '$1');
  for (const block of flat.matchAll(/([^{}]+)\{([^{}]*)\}/gu)) {
    const selector = (block[1] ?? '').trim();
    for (const declaration of (block[2] ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim();
      if (property.startsWith('--')) continue;
      rules.push({ selector, property, value: declaration.slice(colon + 1).trim() });
    }
  }
  return rules;
}

interface ThemeFile {
  readonly file: string;
  readonly blocks: { selector: string; declarations: [string, string][] }[];
}

async function themes(): Promise<ThemeFile[]> {
  const files = (await readdir(join(root, 'themes'))).filter((file) => file.endsWith('.css')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = (await readFile(join(root, 'themes', file), 'utf8')).replace(/\/\*[\s\S]*?\*\//gu, '');
      const blocks = [...text.matchAll(/([^{}]+)\{([^{}]*)\}/gu)].map((block) => ({
        selector: (block[1] ?? '').trim(),
        declarations: (block[2] ?? '')
          .split(';')
          .map((declaration) => declaration.trim())
          .filter(Boolean)
          .map((declaration): [string, string] => {
            const colon = declaration.indexOf(':');
            return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
          }),
      }));
      return { file, blocks };
    }),
  );
}

describe('design tokens', () => {
  it('defines every private alias it uses and uses every one it defines', () => {
    const defined = aliasDefinitions();
    const used = [...cssText.matchAll(/var\((--_[\w-]+)/gu)].map((match) => match[1] ?? '');
    assert.deepEqual(difference(used, defined.keys()), [], 'used but never defined');
    assert.deepEqual(difference(defined.keys(), used), [], 'defined but never used');
    assert.ok(defined.size > 80, `only ${String(defined.size)} aliases`);
  });

  it('reads each public token in one private alias only, and documents every one with @cssproperty', async () => {
    const reads = [...cssText.matchAll(/var\((--cognito-[\w-]+)/gu)].map((match) => match[1] ?? '');
    assert.deepEqual(
      reads.filter((token, index) => reads.indexOf(token) !== index),
      [],
      'read in more than one place',
    );
    for (const [alias, value] of aliasDefinitions()) {
      assert.match(value, /^var\(--cognito-[\w-]+, /u, `${alias} must read a public token with a default`);
    }
    const documented = await documentedTokens();
    assert.deepEqual(difference(reads, documented), [], 'read but not documented');
    assert.deepEqual(difference(documented, reads), [], 'documented but never read');
  });

  it('uses no raw colour, length or font in its rules: those come from tokens', () => {
    const offenders = ruleDeclarations()
      .filter(({ selector }) => !selector.includes('.cognito-visually-hidden'))
      .filter(({ property, value }) => {
        const withoutVars = value.replace(/var\(--_[\w-]+\)/gu, '');
        const colour = /#[\da-f]{3,8}\b|\b(rgb|hsl|hwb|lab|lch|oklab|oklch|light-dark)\(/iu.test(withoutVars);
        const length = /(?<![\w-])(?!0[a-z%]*\b)\d*\.?\d+(px|em|rem|pt|vh|vw|ch|ex)\b/u.test(withoutVars);
        const font =
          /^font(-family)?$/u.test(property) &&
          !/^(inherit|var\(--_)/u.test(value) &&
          !value.includes('var(--_font-family)');
        return colour || length || font;
      })
      .map(({ selector, property, value }) => `${selector} { ${property}: ${value} }`);
    assert.deepEqual(offenders, []);
  });

  it('anchors every rule at cognito-authenticator', () => {
    const unanchored = ruleDeclarations()
      .map(({ selector }) => selector)
      .flatMap((selector) => selector.split(/,(?![^(]*\))/u).map((part) => part.trim()))
      .filter((part) => !part.startsWith('cognito-authenticator'));
    assert.deepEqual(sorted(unanchored), []);
  });
});

describe('the token table', () => {
  it('is what `npm run docs` writes in docs/tokens.md: every documented token, in order, with its default', async () => {
    const page = await readFile(join(root, 'docs/tokens.md'), 'utf8');
    assert.equal(page, tokensPage(), 'docs/tokens.md must be what `npm run docs` writes');
    const rows = [...page.matchAll(/^\| `(--cognito-[\w-]+)` \| `([^`]+)` \|/gmu)];
    assert.deepEqual(
      rows.map(([, token]) => token),
      await documentedTokens(),
    );
    // Each alias reads one public token with a default; a default that is another alias shows that alias's token.
    const reads = new Map(
      [...aliasDefinitions()].map(([alias, value]) => {
        const [, token = '', fallback = ''] = /^var\((--cognito-[\w-]+), (.*)\)$/u.exec(value) ?? [];
        return [alias, { token, fallback }];
      }),
    );
    const defaults = new Map(
      [...reads.values()].map(({ token, fallback }) => {
        const alias = /^var\((--_[\w-]+)\)$/u.exec(fallback)?.[1];
        return [token, alias === undefined ? fallback : (reads.get(alias)?.token ?? fallback)];
      }),
    );
    for (const [, token = '', shown = ''] of rows) assert.equal(shown, defaults.get(token), `default of ${token}`);
  });

  it('is linked from the README', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    assert.ok(readme.includes('](docs/tokens.md)'), 'README.md links to docs/tokens.md');
  });
});

describe('themes', () => {
  it('ships the default, light, dark and high-contrast schemes and two brands', async () => {
    assert.deepEqual(
      (await themes()).map((theme) => theme.file),
      ['brand-harbor.css', 'brand-meadow.css', 'dark.css', 'default.css', 'high-contrast.css', 'light.css'],
    );
  });

  it('sets only documented tokens, each file under its own class', async () => {
    const documented = new Set(await documentedTokens());
    for (const { file, blocks } of await themes()) {
      const name = file.replace(/^brand-/u, '').replace(/\.css$/u, '');
      assert.ok(blocks.length > 0, `${file} sets nothing`);
      for (const { selector, declarations } of blocks) {
        assert.ok(
          [`.cognito-theme-${name}`, `:where(.cognito-theme-${name})`].includes(selector),
          `${file}: selector ${selector}`,
        );
        for (const [property] of declarations)
          assert.ok(documented.has(property), `${file}: ${property} is not a documented token`);
      }
    }
  });

  it('restates every global default in default.css, so it looks exactly like no theme', async () => {
    const theme = (await themes()).find((candidate) => candidate.file === 'default.css');
    const set = new Map(theme?.blocks.flatMap((block) => block.declarations));
    const defaults = new Map(
      [...aliasDefinitions().values()]
        .map((value) => /^var\((--cognito-[\w-]+), (.*)\)$/u.exec(value))
        .filter((match): match is RegExpExecArray => match !== null && !(match[2] ?? '').startsWith('var('))
        .map((match) => [match[1] ?? '', match[2] ?? '']),
    );
    const global = /^--cognito-(color|font|line-height|space|radius|border-width|focus|shadow|motion|target-size)/u;
    for (const [token, value] of set) assert.equal(value, defaults.get(token), `${token} in default.css`);
    assert.deepEqual(
      difference(
        [...defaults.keys()].filter((token) => global.test(token)),
        set.keys(),
      ),
      [],
      'global tokens missing from default.css',
    );
  });
});
