import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { qrMatrix } from '../../src/fields/qr.ts';
import { groupSecret, otpauthUri } from '../../src/fields/totp-secret.ts';

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
    assert.equal(uri, 'otpauth://totp/Example%20Corp:jane%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp');
    const { path, size } = qrMatrix(uri);
    assert.equal(decode(path, size), uri);
  });

  it('encodes issuers and accounts in any script', () => {
    const uri = otpauthUri('GEZDGNBVGY3TQOJQ', 'شركة مثال', 'يوسف@example.com');
    const { path, size } = qrMatrix(uri);
    assert.equal(decode(path, size), uri);
  });

  it('shows the secret in groups of four', () => {
    assert.equal(groupSecret('JBSWY3DPEHPK3PXPJB'), 'JBSW Y3DP EHPK 3PXP JB');
  });
});
