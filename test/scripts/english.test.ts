import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishFiles, SCREENS_FILE, SIGN_IN_FILE, SOURCE } from '../../scripts/english.ts';
import type { Messages } from '../../src/i18n/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): string => readFileSync(`${root}${file}`, 'utf8');

/** Every message by its full key. */
function flatten(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${name}`, value]] : flatten(value, `${prefix}${name}.`),
  );
}

describe('the English messages split by screen', () => {
  it('are committed as `npm run english` writes them from locales/en.json', () => {
    for (const [file, text] of englishFiles()) {
      assert.equal(read(file), text, `${file} is out of date with ${SOURCE}: run npm run english`);
    }
  });

  it('hold every message of locales/en.json once, in one file or the other', () => {
    const source = flatten(JSON.parse(read(SOURCE)) as Messages);
    const signIn = flatten(JSON.parse(read(SIGN_IN_FILE)) as Messages);
    const screens = flatten(JSON.parse(read(SCREENS_FILE)) as Messages);
    const both = new Map([...signIn, ...screens]);
    assert.equal(both.size, signIn.length + screens.length, 'no key is in both files');
    assert.deepEqual(
      source.filter(([key]) => !both.has(key)).map(([key]) => key),
      [],
      'no key is in neither file',
    );
    assert.deepEqual(new Map(source), both);
    assert.ok(signIn.some(([key]) => key === 'signIn.submit'));
    assert.ok(screens.some(([key]) => key === 'signUp.submit'));
  });
});
