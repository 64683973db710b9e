import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { qrMatrix } from '../../src/fields/qr.ts';
import { groupSecret, otpauthUri, totpSecret } from '../../src/fields/totp-secret.ts';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** Paints the path's unit squares as black pixels on white, with a quiet zone, and reads the code back. */
function decode(path: string, size: number): string | undefined {
  const scale = 4;
  const quiet = 4;
  const side = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, column, row] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/gu)) {
    for (let y = 0; y < scale; y += 1) {
      for (let x = 0; x < scale; x += 1) {
        const offset = (((Number(row) + quiet) * scale + y) * side + (Number(column) + quiet) * scale + x) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('the TOTP setup QR code', () => {
  it('encodes the otpauth URI an authenticator app reads', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'Example Corp', 'jane@example.com');
    assert.equal(
      uri,
      'otpauth://totp/Example%20Corp:jane%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp',
    );
    const { path, size } = qrMatrix(uri);
    assert.equal(decode(path, size), uri);
  });

  it('encodes issuers and accounts in any script', () => {
    const uri = otpauthUri('GEZDGNBVGY3TQOJQ', 'شركة مثال', 'يوسف@example.com');
    const { path, size } = qrMatrix(uri);
    assert.equal(decode(path, size), uri);
  });

  it('encodes any text up to the size an otpauth URI can reach, read back exactly by a QR reader', () => {
    // Lengths cover versions 1 to 27: one and several blocks, alignment patterns, version information.
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 260 }), (text) => {
        const { path, size } = qrMatrix(text);
        assert.equal(decode(path, size), text);
      }),
      { numRuns: 60 },
    );
  });

  it('picks the smallest version that holds the text', () => {
    // Byte mode at level M holds 14 bytes in version 1 (21 modules), 26 in version 2, 180 in
    // version 9, 213 in version 10 (a longer length field) and 2,331 in version 40.
    assert.equal(qrMatrix('a'.repeat(14)).size, 21);
    assert.equal(qrMatrix('a'.repeat(15)).size, 25);
    assert.equal(qrMatrix('a'.repeat(180)).size, 4 * 9 + 17);
    assert.equal(qrMatrix('a'.repeat(181)).size, 4 * 10 + 17);
    assert.equal(qrMatrix('a'.repeat(213)).size, 4 * 10 + 17);
    assert.equal(qrMatrix('a'.repeat(214)).size, 4 * 11 + 17);
    const largest = qrMatrix('a'.repeat(2331));
    assert.equal(largest.size, 177);
    assert.equal(decode(largest.path, largest.size), 'a'.repeat(2331));
    assert.throws(() => qrMatrix('a'.repeat(2332)), RangeError);
  });

  it('shows the secret in groups of four', () => {
    assert.equal(groupSecret('JBSWY3DPEHPK3PXPJB'), 'JBSW Y3DP EHPK 3PXP JB');
  });
});

describe('the TOTP block', () => {
  it('keeps nothing of a secret once its screen is gone', async () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const drawn = (): WeakRef<object>[] => {
      const block = totpSecret({
        id: 'setup',
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
        issuer: 'Example',
        account: 'jane@example.com',
        labels: { instructions: '', qrLabel: '', secretLabel: '', copy: '', copied: '', openApp: '' },
        copied: false,
        onCopy: () => undefined,
      });
      const parts = block.values.filter((value): value is object => typeof value === 'object' && value !== null);
      assert.ok(parts.length > 0);
      return parts.map((part) => new WeakRef(part));
    };
    const refs = drawn();
    // A WeakRef holds its target until the job that made it has ended.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    assert.deepEqual(
      refs.filter((ref) => ref.deref() !== undefined).length,
      0,
      'a part of the block (its QR code) is still held',
    );
  });
});
