import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { LOADERS } from '../../src/i18n/locale-loaders.ts';

const localesDir = new URL('../../locales/', import.meta.url).pathname;

/** The languages the element ships, besides English. */
const REQUIRED = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh-CN',
  'zh-TW',
];

const PLURAL = /_(zero|one|two|few|many|other)$/u;

interface Messages {
  readonly [key: string]: string | Messages;
}

function flatten(messages: Messages, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [name, value] of Object.entries(messages)) {
    if (typeof value === 'string') into.set(`${prefix}${name}`, value);
    else flatten(value, `${prefix}${name}.`, into);
  }
  return into;
}

async function load(lang: string): Promise<Map<string, string>> {
  return flatten(JSON.parse(await readFile(join(localesDir, `${lang}.json`), 'utf8')) as Messages);
}

/** The placeholders of a message with their formats, e.g. `count, number`. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/gu)].map((match) => match[1] ?? '').sort();

/** The keys a language must have: en's, with each plural key in that language's categories. */
function expectedKeys(en: Map<string, string>, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of en.keys()) {
    if (PLURAL.test(key)) for (const category of categories) keys.add(key.replace(PLURAL, `_${category}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

describe('locales', async () => {
  const en = await load('en');
  const shipped = (await readdir(localesDir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));

  it(`ships the ${REQUIRED.length} required languages`, () => {
    assert.deepEqual(
      REQUIRED.filter((lang) => !shipped.includes(lang)),
      [],
    );
  });

  it('loads every shipped language, each listed once among the languages the element speaks', () => {
    const others = shipped.filter((name) => name !== 'en').sort();
    assert.deepEqual(Object.keys(LOADERS).sort(), others);
    assert.deepEqual([...LANGUAGES].sort(), ['en', ...others].sort());
    assert.equal(new Set(LANGUAGES).size, LANGUAGES.length);
  });

  for (const lang of shipped.filter((name) => name !== 'en')) {
    describe(lang, () => {
      it('has exactly the keys of en, plural keys in its own plural categories', async () => {
        assert.deepEqual([...(await load(lang)).keys()].sort(), expectedKeys(en, lang));
      });

      it('has no empty message and keeps every placeholder', async () => {
        const messages = await load(lang);
        for (const [key, text] of messages) {
          assert.notEqual(text.trim(), '', `${lang} ${key} is empty`);
          const source = en.get(key) ?? en.get(key.replace(PLURAL, '_other')) ?? '';
          const expected = placeholders(source).filter((name) => !(PLURAL.test(key) && name.startsWith('count')));
          const actual = placeholders(text).filter((name) => !(PLURAL.test(key) && name.startsWith('count')));
          assert.deepEqual(actual, expected, `${lang} ${key} placeholders`);
        }
      });
    });
  }
});
