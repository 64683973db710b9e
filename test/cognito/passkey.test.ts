/**
 * The browser side of a passkey, without a browser: the base64url codec, the browser's own
 * JSON helpers preferred where present and the codec where not, and the ceremony's
 * failures as the messages a person sees (COGNITO-WIRE-2.md B.5).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ceremonyError,
  creationOptions,
  fromBase64Url,
  passkeysSupported,
  requestOptions,
  toBase64Url,
  usePasskey,
} from '../../src/cognito/passkey.ts';
import { AuthError } from '../../src/core/types.ts';

/** Runs `body` with `PublicKeyCredential` set to `value` (absent when undefined). */
async function withPublicKeyCredential(value: unknown, body: () => unknown): Promise<void> {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'PublicKeyCredential');
  if (value === undefined) Reflect.deleteProperty(globalThis, 'PublicKeyCredential');
  else Object.defineProperty(globalThis, 'PublicKeyCredential', { value, configurable: true });
  try {
    await body();
  } finally {
    if (had) Object.defineProperty(globalThis, 'PublicKeyCredential', had);
    else Reflect.deleteProperty(globalThis, 'PublicKeyCredential');
  }
}

describe('base64url', () => {
  it('writes without padding and reads with or without it', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33]) {
      const bytes = new Uint8Array(length).map((_, index) => (index * 97 + 250) % 256);
      const text = toBase64Url(bytes);
      assert.doesNotMatch(text, /[+/=]/u);
      assert.deepEqual(new Uint8Array(fromBase64Url(text)), bytes);
      assert.deepEqual(new Uint8Array(fromBase64Url(text + '='.repeat((4 - (text.length % 4)) % 4))), bytes);
    }
    assert.equal(toBase64Url(new Uint8Array([251, 255])), '-_8');
  });
});

describe('the options, from their JSON form', () => {
  const request = {
    challenge: 'AAEC',
    rpId: 'example.com',
    allowCredentials: [{ id: 'AQID', type: 'public-key' }],
    hints: [],
  };

  it("uses the browser's own helper where it has one", async () => {
    const parsed = { from: 'the browser' };
    await withPublicKeyCredential({ parseRequestOptionsFromJSON: () => parsed }, () => {
      assert.equal(requestOptions(request), parsed);
    });
  });

  it('decodes the challenge and credential ids itself where it has none, and keeps the other members', async () => {
    await withPublicKeyCredential(undefined, () => {
      const options = requestOptions(request);
      assert.deepEqual(new Uint8Array(options.challenge as ArrayBuffer), new Uint8Array([0, 1, 2]));
      assert.deepEqual(new Uint8Array(options.allowCredentials?.[0]?.id as ArrayBuffer), new Uint8Array([1, 2, 3]));
      assert.equal(options.rpId, 'example.com');
      assert.deepEqual((options as unknown as { hints: unknown }).hints, []);
      const creation = creationOptions({
        challenge: 'AAEC',
        rp: { id: 'example.com', name: 'example.com' },
        user: { id: 'c3ViLTE', name: 'jane', displayName: 'Jane' },
        excludeCredentials: [{ id: 'BAUG', type: 'public-key', transports: ['internal'] }],
        pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
      });
      assert.equal(new TextDecoder().decode(creation.user.id as ArrayBuffer), 'sub-1');
      assert.equal(creation.user.displayName, 'Jane');
      assert.deepEqual(creation.excludeCredentials?.[0]?.transports, ['internal']);
      assert.deepEqual(creation.pubKeyCredParams, [{ alg: -7, type: 'public-key' }]);
    });
  });
});

describe('the ceremony', () => {
  it('is not offered outside a secure context with WebAuthn', () => {
    assert.equal(passkeysSupported(), false);
  });

  it('names each failure for the person, and a sign-in failure sends them back to the choice', () => {
    const cancelled = ceremonyError(new DOMException('', 'NotAllowedError'), false);
    assert.deepEqual([cancelled.key, cancelled.reason], ['errors.passkeyCancelled', 'passkeyFailed']);
    assert.equal(ceremonyError(new DOMException('', 'AbortError'), false).key, 'errors.passkeyCancelled');
    assert.equal(ceremonyError(new DOMException('', 'InvalidStateError'), true).key, 'errors.passkeyExists');
    assert.equal(ceremonyError(new DOMException('', 'UnknownError'), false).key, 'errors.passkeyFailed');
    const making = ceremonyError(new DOMException('', 'NotAllowedError'), true);
    assert.equal(making.reason, undefined, 'making one stays on its own screen');
  });

  it("says the domain does not fit, and tells the page author the pool's relying-party setting", () => {
    const logged: string[] = [];
    const quiet = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      assert.equal(ceremonyError(new DOMException('', 'SecurityError'), false).key, 'errors.passkeyDomain');
    } finally {
      console.error = quiet;
    }
    assert.match(logged.join('\n'), /RelyingPartyId/u);
  });

  it('refuses request options that are not JSON, before asking the browser', async () => {
    await assert.rejects(
      usePasskey('{not json', (failure) => new AuthError(failure)),
      { code: 'InvalidResponse' },
    );
  });
});
