import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TOptions } from 'i18next';
import { englishTranslator, hasEnglish, loadEnglish } from '../../src/i18n/english.ts';
import {
  applyOverrides,
  createTranslator,
  type MessageKey,
  type MessageOverrides,
  type Messages,
} from '../../src/i18n/i18n.ts';
import { createI18n } from '../../src/i18n/own-i18n.ts';

const en = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')) as Messages;

/** Every key of en.json, plural forms folded into their key. */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([name, value]) =>
    typeof value === 'string'
      ? [`${prefix}${name.replace(/_(zero|one|two|few|many|other)$/u, '')}`]
      : keys(value, `${prefix}${name}.`),
  );
}

const OPTION_SETS: TOptions[] = [
  {},
  { count: 0 },
  { count: 1 },
  { count: 2 },
  { count: 12_345.5 },
  { count: -1 },
  {
    destination: 'j***@e***.com',
    value: '+44 7700 900123',
    name: 'Example Corp',
    message: 'Must be a work address',
    detail: '<b>Closed</b> {{x}}',
    count: 3,
  },
  { destination: '' },
];

describe('English before the other screens are shown', () => {
  it('has the words of the password journey, and no others until the rest is loaded', async () => {
    const english = englishTranslator();
    assert.equal(english.t('signIn.submit'), 'Sign in');
    assert.equal(english.t('validation.tooLong', { count: 2 }), 'Use at most 2 characters.');
    assert.equal(english.tDynamic('errors.notAuthorized', 'errors.unknown'), 'Incorrect username or password.');
    assert.ok(hasEnglish('errors.network') && hasEnglish('validation.tooLong'));
    assert.ok(!hasEnglish('errors.codeMismatch') && !hasEnglish());
    const all = await loadEnglish();
    assert.deepEqual(all, en);
    assert.ok(hasEnglish('errors.codeMismatch') && hasEnglish());
    // The same translator, made before, has every word now.
    assert.equal(english.t('common.backToSignIn'), 'Back to sign in');
  });
});

describe('English without i18next', () => {
  before(async () => {
    await loadEnglish();
  });

  const overrides: MessageOverrides = {
    en: { 'signIn.title': 'Welcome back, {{name}}', 'errors.network': 'Offline?' },
    de: { 'signIn.title': 'Willkommen' },
  };

  for (const [label, translations] of [
    ['as written', undefined],
    ["with a brand's own words", overrides],
  ] as const) {
    it(`gives i18next's text for every key and every kind of value, ${label}`, () => {
      const i18next = createI18n(en);
      applyOverrides(i18next, translations);
      const reference = createTranslator(i18next, 'en');
      const english = englishTranslator(translations);
      const all = [...new Set(keys(en))];
      assert.ok(all.length > 150);
      for (const key of all) {
        for (const options of OPTION_SETS) {
          assert.equal(
            english.t(key as MessageKey, options),
            reference.t(key as MessageKey, options),
            `${key} ${JSON.stringify(options)}`,
          );
        }
      }
    });
  }

  it('falls back like i18next for keys it does not know', () => {
    const reference = createTranslator(createI18n(en), 'en');
    const english = englishTranslator();
    for (const key of ['errors.NoSuchException', 'nothing', 'errors.']) {
      assert.equal(english.tDynamic(key, 'errors.unknown'), reference.tDynamic(key, 'errors.unknown'));
    }
    // A group of keys is not a message (where i18next would say it found an object).
    assert.equal(english.tDynamic('signIn', 'errors.unknown'), 'Something went wrong. Try again.');
    assert.equal(
      english.tDynamic('errors.codeMismatch', 'errors.unknown'),
      'That code is not right. Check it and try again.',
    );
  });
});
