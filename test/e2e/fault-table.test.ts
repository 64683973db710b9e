import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { faultsPage } from '../../scripts/docs.ts';
import { calls, faultTableMarkdown } from './fault-table.ts';

const root = new URL('../../', import.meta.url);
const en = JSON.parse(readFileSync(new URL('locales/en.json', root), 'utf8')) as Record<string, unknown>;

function english(key: string): string {
  const text = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      en,
    );
  if (typeof text !== 'string') throw new Error(`No English text for ${key}`);
  return text;
}

describe('the fault table', () => {
  it('is the table docs/faults.md shows, row for row', () => {
    const page = readFileSync(new URL('docs/faults.md', root), 'utf8');
    const shown = /<!-- fault-table:start -->\n([\s\S]*?)\n<!-- fault-table:end -->/u.exec(page)?.[1];
    assert.equal(
      shown,
      faultTableMarkdown(english),
      'docs/faults.md between the fault-table markers must be faultTableMarkdown() of test/e2e/fault-table.ts',
    );
    assert.equal(page, faultsPage(), 'docs/faults.md must be what `npm run docs` writes');
  });

  it('is linked from the README', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    assert.ok(readme.includes('](docs/faults.md)'), 'README.md links to docs/faults.md');
  });

  it('gives every call every common fault: network down, timeout, 500, 503, forbidden, throttled, limit exceeded', () => {
    for (const call of calls) {
      const ids = call.cases.map(({ fault }) => fault.id);
      for (const common of ['network', 'timeout', 'http500', 'http503', 'forbidden', 'throttled', 'limited'])
        assert.ok(ids.includes(common), `${call.id} lacks ${common}`);
      assert.equal(
        new Set(call.cases.map(({ fault }) => fault.label)).size,
        call.cases.length,
        `${call.id} has a fault twice`,
      );
    }
  });

  it('names a translated message for every outcome that shows one', () => {
    for (const call of calls) {
      for (const { outcome } of call.cases) {
        if (outcome.kind === 'carries on' || (outcome.kind === 'moves' && !outcome.key)) continue;
        assert.doesNotThrow(() => english(outcome.key ?? ''), `${call.id}: ${outcome.key ?? ''}`);
      }
    }
  });
});
