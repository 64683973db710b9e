import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Dotted keys of a messages file, plural suffixes removed. */
function flatten(
  messages: Record<string, unknown>,
  prefix = '',
  keys = new Map<string, string>(),
): Map<string, string> {
  for (const [name, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.set(`${prefix}${name}`.replace(/_(zero|one|two|few|many|other)$/u, ''), value);
    else flatten(value as Record<string, unknown>, `${prefix}${name}.`, keys);
  }
  return keys;
}

describe('translation keys', () => {
  it('every key the source names exists in locales/en.json', async () => {
    const en = flatten(JSON.parse(await readFile(join(root, 'locales/en.json'), 'utf8')) as Record<string, unknown>);
    const sections = [...new Set([...en.keys()].map((key) => key.split('.')[0]))].join('|');
    const literal = new RegExp(`['"\`]((?:${sections})\\.[A-Za-z_]+)['"\`]`, 'gu');
    const missing: string[] = [];
    let found = 0;
    for (const file of await sourceFiles('src')) {
      for (const match of (await readFile(file, 'utf8')).matchAll(literal)) {
        const key = match[1] ?? '';
        found += 1;
        if (!en.has(key)) missing.push(`${key} (${file.slice(root.length)})`);
      }
    }
    assert.ok(found > 50, `expected the source to name many keys, found ${found}`);
    assert.deepEqual(missing, []);
  });

  it('no message is empty', async () => {
    const en = flatten(JSON.parse(await readFile(join(root, 'locales/en.json'), 'utf8')) as Record<string, unknown>);
    assert.deepEqual(
      [...en].filter(([, value]) => value.trim() === '').map(([key]) => key),
      [],
    );
  });
});
