/**
 * The Cognito client's choice-based sign-in (`USER_AUTH`) against a scripted transport
 * whose answers are the shapes of COGNITO-WIRE-2.md A and B (and COGNITO-WIRE.md §3.1, §4):
 * the requests it sends for each way, Cognito's own choice, the sign-in code, a passkey
 * asked of the browser (a stand-in for `navigator.credentials`; the real ceremony is the
 * browser suite's), SRP inside `USER_AUTH` with a real verifier, and the passkey calls.
 */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCognitoClient, type CognitoClientOptions } from '../../src/cognito/client.ts';
import { cognitoError } from '../../src/cognito/errors.ts';
import type { AuthClient } from '../../src/core/operations.ts';
import { createScriptedTransport, jwt, type Sent } from './scripted-transport.ts';
import { makeVerifier, SrpServerAttempt } from '../support/srp-server.ts';

const wire = createScriptedTransport();
const { sent, transport, script } = wire;
let client: AuthClient | undefined;

const TOKENS = {
  AuthenticationResult: {
    IdToken: jwt({
      'cognito:username': 'jane',
      sub: 'sub-1',
      token_use: 'id',
      aud: 'app-client',
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test',
    }),
    AccessToken: 'access-1',
    RefreshToken: 'refresh-1',
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  },
  ChallengeParameters: {},
};

function start(options: Partial<CognitoClientOptions> = {}): AuthClient {
  client = createCognitoClient({
    userPoolId: 'eu-west-1_Test',
    clientId: 'app-client',
    authFlow: 'USER_AUTH',
    storage: 'memory',
    transport,
    ...options,
  });
  return client;
}

const request = (index: number): Sent => {
  const found = sent[index];
  assert.ok(found, `request ${String(index)} was sent`);
  return found;
};

/** A stand-in for the browser's `navigator.credentials`, and what it was asked. */
function fakeCredentials(answer: () => Promise<unknown>): { asked: unknown[]; restore: () => void } {
  const asked: unknown[] = [];
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', {
    value: {
      credentials: {
        get: (options: unknown) => {
          asked.push(options);
          return answer();
        },
        create: (options: unknown) => {
          asked.push(options);
          return answer();
        },
      },
    },
    configurable: true,
  });
  return {
    asked,
    restore: () => {
      if (had) Object.defineProperty(globalThis, 'navigator', had);
      else Reflect.deleteProperty(globalThis, 'navigator');
    },
  };
}

const bytes = (...values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

/** A credential as `navigator.credentials.get` gives it, without `toJSON` (older browsers). */
const assertion = {
  id: 'AQID',
  rawId: bytes(1, 2, 3),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: {
    clientDataJSON: bytes(123, 125),
    authenticatorData: bytes(9, 9),
    signature: bytes(250, 251),
    userHandle: bytes(115, 117, 98),
  },
  getClientExtensionResults: () => ({}),
};

beforeEach(() => {
  wire.reset();
});

afterEach(() => {
  client?.dispose?.();
  client = undefined;
});

describe('USER_AUTH: starting in the way chosen (COGNITO-WIRE-2.md A.2)', () => {
  it('asks for an email code with PREFERRED_CHALLENGE and shows where it went', async () => {
    script('InitiateAuth', {
      ChallengeName: 'EMAIL_OTP',
      Session: 'session-1',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***' },
    });
    const result = await start().startUserAuth({ username: 'jane@example.com', method: 'email-otp' });
    assert.deepEqual(request(0), {
      operation: 'InitiateAuth',
      input: {
        AuthFlow: 'USER_AUTH',
        ClientId: 'app-client',
        AuthParameters: { USERNAME: 'jane@example.com', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
      },
    });
    assert.deepEqual(result, {
      kind: 'challenge',
      challenge: {
        kind: 'signInCode',
        method: 'email-otp',
        delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
      },
    });
  });

  it('answers the code with EMAIL_OTP_CODE in the same session, and signs in', async () => {
    script('InitiateAuth', { ChallengeName: 'EMAIL_OTP', Session: 'session-1', ChallengeParameters: {} });
    script('RespondToAuthChallenge', TOKENS);
    const app = start();
    await app.startUserAuth({ username: 'jane@example.com', method: 'email-otp' });
    const result = await app.respondToChallenge({ kind: 'signInCode', code: '12345678' });
    assert.equal(result.kind, 'signedIn');
    assert.deepEqual(request(1).input, {
      ClientId: 'app-client',
      ChallengeName: 'EMAIL_OTP',
      ChallengeResponses: { EMAIL_OTP_CODE: '12345678', USERNAME: 'jane@example.com' },
      Session: 'session-1',
    });
  });

  it('answers a text-message code with SMS_OTP_CODE', async () => {
    script('InitiateAuth', { ChallengeName: 'SMS_OTP', Session: 'session-1', ChallengeParameters: {} });
    script('RespondToAuthChallenge', TOKENS);
    const app = start();
    const asked = await app.startUserAuth({ username: '+15550100199', method: 'sms-otp' });
    assert.deepEqual(asked, { kind: 'challenge', challenge: { kind: 'signInCode', method: 'sms-otp' } });
    assert.equal((request(0).input.AuthParameters as Record<string, string>).PREFERRED_CHALLENGE, 'SMS_OTP');
    await app.respondToChallenge({ kind: 'signInCode', code: '123456' });
    assert.deepEqual((request(1).input.ChallengeResponses as Record<string, string>).SMS_OTP_CODE, '123456');
  });

  it('sends the plain password only where the page asks for it', async () => {
    script('InitiateAuth', TOKENS);
    const result = await start({ userAuthPassword: 'PASSWORD' }).startUserAuth({
      username: 'jane',
      method: 'password',
      password: 'Secret-1',
    });
    assert.equal(result.kind, 'signedIn');
    assert.deepEqual(request(0).input.AuthParameters, {
      USERNAME: 'jane',
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: 'Secret-1',
    });
  });

  it('signs in with SRP inside USER_AUTH by default: the password never leaves (a real verifier)', async () => {
    const record = makeVerifier('Test', 'user-id-1', 'Secret-1');
    let attempt: SrpServerAttempt | undefined;
    script('InitiateAuth', (input) => {
      const srpA = (input.AuthParameters as Record<string, string>).SRP_A ?? '';
      attempt = new SrpServerAttempt('Test', 'user-id-1', record, srpA);
      return { ChallengeName: 'PASSWORD_VERIFIER', Session: 'session-1', ChallengeParameters: attempt.challenge };
    });
    script('RespondToAuthChallenge', (input) => {
      const responses = input.ChallengeResponses as Parameters<SrpServerAttempt['verify']>[0];
      return attempt?.verify(responses) === true ? TOKENS : {};
    });
    // The classic sign-in call takes the same way when the client is set to USER_AUTH.
    const result = await start().signIn({ username: 'jane', password: 'Secret-1' });
    assert.equal(result.kind, 'signedIn');
    const parameters = request(0).input.AuthParameters as Record<string, string>;
    assert.equal(parameters.PREFERRED_CHALLENGE, 'PASSWORD_SRP');
    assert.equal(parameters.PASSWORD, undefined);
    assert.equal(request(1).input.ChallengeName, 'PASSWORD_VERIFIER');
    assert.ok(!JSON.stringify(sent).includes('Secret-1'), 'the password is in no request');
  });

  it('goes on with any MFA the pool asks for after the password, as a second factor', async () => {
    script('InitiateAuth', { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-1', ChallengeParameters: {} });
    const result = await start({ userAuthPassword: 'PASSWORD' }).startUserAuth({
      username: 'jane',
      method: 'password',
      password: 'Secret-1',
    });
    assert.deepEqual(result, { kind: 'challenge', challenge: { kind: 'mfaCode', mfaType: 'totp' } });
  });
});

describe("USER_AUTH: Cognito's own choice (SELECT_CHALLENGE, A.3)", () => {
  const choice = {
    ChallengeName: 'SELECT_CHALLENGE',
    Session: 'session-1',
    ChallengeParameters: {},
    AvailableChallenges: ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN', 'SOMETHING_NEW'],
  };

  it('lists the ways Cognito offers, each once, leaving out what the element does not know', async () => {
    script('InitiateAuth', choice);
    const result = await start().startUserAuth({ username: 'jane', method: 'email-otp' });
    assert.deepEqual(result, {
      kind: 'challenge',
      challenge: { kind: 'selectMethod', options: ['password', 'email-otp', 'passkey'] },
    });
  });

  it('answers it with ANSWER and the username in its session', async () => {
    script('InitiateAuth', choice);
    script('RespondToAuthChallenge', { ChallengeName: 'EMAIL_OTP', Session: 'session-2', ChallengeParameters: {} });
    const app = start();
    await app.startUserAuth({ username: 'jane', method: 'sms-otp' });
    const result = await app.respondToChallenge({ kind: 'selectMethod', method: 'email-otp' });
    assert.deepEqual(request(1).input, {
      ClientId: 'app-client',
      ChallengeName: 'SELECT_CHALLENGE',
      ChallengeResponses: { USERNAME: 'jane', ANSWER: 'EMAIL_OTP' },
      Session: 'session-1',
    });
    assert.deepEqual(result, { kind: 'challenge', challenge: { kind: 'signInCode', method: 'email-otp' } });
  });

  it('answers it with the password, as SRP unless the page asks for the plain one', async () => {
    script('InitiateAuth', choice);
    script('RespondToAuthChallenge', TOKENS);
    const app = start({ userAuthPassword: 'PASSWORD' });
    await app.startUserAuth({ username: 'jane', method: 'email-otp' });
    await app.respondToChallenge({ kind: 'selectMethod', method: 'password', password: 'Secret-1' });
    assert.deepEqual(request(1).input.ChallengeResponses, {
      USERNAME: 'jane',
      ANSWER: 'PASSWORD',
      PASSWORD: 'Secret-1',
    });

    app.dispose?.();
    wire.forget();
    script('InitiateAuth', choice);
    script('RespondToAuthChallenge', { ChallengeName: 'PASSWORD_VERIFIER', Session: 's', ChallengeParameters: {} });
    const srp = start();
    await srp.startUserAuth({ username: 'jane', method: 'email-otp' });
    await assert.rejects(srp.respondToChallenge({ kind: 'selectMethod', method: 'password', password: 'Secret-1' }), {
      code: 'InvalidResponse',
    });
    const responses = request(1).input.ChallengeResponses as Record<string, string>;
    assert.equal(responses.ANSWER, 'PASSWORD_SRP');
    assert.match(responses.SRP_A ?? '', /^[0-9a-f]+$/u);
    assert.equal(responses.PASSWORD, undefined);
  });
});

describe('USER_AUTH: a passkey (A.5, B.5)', () => {
  const webAuthn = {
    ChallengeName: 'WEB_AUTHN',
    Session: 'session-2',
    ChallengeParameters: {
      USERNAME: 'jane-internal',
      CREDENTIAL_REQUEST_OPTIONS: JSON.stringify({
        hints: [],
        challenge: 'AAEC',
        timeout: 180000,
        rpId: 'localhost',
        allowCredentials: [{ id: 'AQID', type: 'public-key' }],
        userVerification: 'required',
      }),
    },
  };

  it("asks the browser with Cognito's request options and sends the credential as JSON", async () => {
    const credentials = fakeCredentials(() => Promise.resolve(assertion));
    try {
      script('InitiateAuth', webAuthn);
      script('RespondToAuthChallenge', TOKENS);
      const result = await start().startUserAuth({ username: 'jane', method: 'passkey' });
      assert.equal(result.kind, 'signedIn');
      assert.equal((request(0).input.AuthParameters as Record<string, string>).PREFERRED_CHALLENGE, 'WEB_AUTHN');
      const [options] = credentials.asked as [{ publicKey: PublicKeyCredentialRequestOptions }];
      assert.deepEqual(new Uint8Array(options.publicKey.challenge as ArrayBuffer), new Uint8Array([0, 1, 2]));
      assert.equal(options.publicKey.rpId, 'localhost');
      const answer = request(1).input;
      assert.equal(answer.ChallengeName, 'WEB_AUTHN');
      assert.equal(answer.Session, 'session-2');
      const responses = answer.ChallengeResponses as Record<string, string>;
      assert.equal(responses.USERNAME, 'jane-internal');
      assert.deepEqual(JSON.parse(responses.CREDENTIAL ?? ''), {
        id: 'AQID',
        rawId: 'AQID',
        type: 'public-key',
        response: { clientDataJSON: 'e30', authenticatorData: 'CQk', signature: '-vs', userHandle: 'c3Vi' },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      });
    } finally {
      credentials.restore();
    }
  });

  it('reports a cancelled ceremony as such, to go back to the choice, and sends nothing more', async () => {
    const credentials = fakeCredentials(() =>
      Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')),
    );
    try {
      script('InitiateAuth', webAuthn);
      await assert.rejects(start().startUserAuth({ username: 'jane', method: 'passkey' }), {
        code: 'PasskeyCancelled',
        key: 'errors.passkeyCancelled',
        reason: 'passkeyFailed',
      });
      assert.deepEqual(
        sent.map((request) => request.operation),
        ['InitiateAuth'],
      );
    } finally {
      credentials.restore();
    }
  });
});

describe('the signed-in user’s passkeys (B.1–B.3)', () => {
  async function signedIn(): Promise<AuthClient> {
    script('InitiateAuth', TOKENS);
    const app = start({ userAuthPassword: 'PASSWORD' });
    await app.startUserAuth({ username: 'jane', method: 'password', password: 'Secret-1' });
    wire.forget();
    return app;
  }

  it('lists every page of them, with the time Cognito gives in seconds', async () => {
    const app = await signedIn();
    script(
      'ListWebAuthnCredentials',
      {
        Credentials: [{ CredentialId: 'a', FriendlyCredentialName: 'Phone', CreatedAt: 1736293876.115 }],
        NextToken: 'n',
      },
      { Credentials: [{ CredentialId: 'b', FriendlyCredentialName: 'Laptop' }] },
    );
    assert.deepEqual(await app.listPasskeys(), [
      { id: 'a', name: 'Phone', createdAt: 1736293876115 },
      { id: 'b', name: 'Laptop' },
    ]);
    assert.deepEqual(request(0).input, { AccessToken: 'access-1', MaxResults: 20 });
    assert.deepEqual(request(1).input, { AccessToken: 'access-1', MaxResults: 20, NextToken: 'n' });
  });

  it('makes one: the creation options to the browser, the credential back as a JSON document', async () => {
    const app = await signedIn();
    const attestation = {
      id: 'AQID',
      rawId: bytes(1, 2, 3),
      type: 'public-key',
      response: { clientDataJSON: bytes(123, 125), attestationObject: bytes(161), getTransports: () => ['internal'] },
      getClientExtensionResults: () => ({}),
    };
    const credentials = fakeCredentials(() => Promise.resolve(attestation));
    try {
      script('StartWebAuthnRegistration', {
        CredentialCreationOptions: {
          authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
          challenge: 'AAEC',
          excludeCredentials: [{ id: 'BAUG', type: 'public-key' }],
          pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
          rp: { id: 'localhost', name: 'localhost' },
          timeout: 60000,
          user: { displayName: 'jane', id: 'c3ViLTE', name: 'jane' },
        },
      });
      script('CompleteWebAuthnRegistration', {});
      await app.registerPasskey();
      const [options] = credentials.asked as [{ publicKey: PublicKeyCredentialCreationOptions }];
      assert.equal(new TextDecoder().decode(options.publicKey.user.id as ArrayBuffer), 'sub-1');
      assert.deepEqual(options.publicKey.rp, { id: 'localhost', name: 'localhost' });
      assert.deepEqual(request(1), {
        operation: 'CompleteWebAuthnRegistration',
        input: {
          AccessToken: 'access-1',
          Credential: {
            id: 'AQID',
            rawId: 'AQID',
            type: 'public-key',
            response: { clientDataJSON: 'e30', attestationObject: 'oQ', transports: ['internal'] },
            clientExtensionResults: {},
          },
        },
      });
    } finally {
      credentials.restore();
    }
  });

  it('says a passkey of this device already exists, and completes nothing', async () => {
    const app = await signedIn();
    const credentials = fakeCredentials(() => Promise.reject(new DOMException('excluded', 'InvalidStateError')));
    try {
      script('StartWebAuthnRegistration', {
        CredentialCreationOptions: { challenge: 'AAEC', user: { id: 'c3ViLTE', name: 'jane', displayName: 'jane' } },
      });
      await assert.rejects(app.registerPasskey(), { code: 'PasskeyExists', key: 'errors.passkeyExists' });
      assert.deepEqual(
        sent.map((request) => request.operation),
        ['StartWebAuthnRegistration'],
      );
    } finally {
      credentials.restore();
    }
  });

  it("passes on Cognito's refusal of the relying party, and names the pool setting in the console", async () => {
    const app = await signedIn();
    script('StartWebAuthnRegistration', cognitoError('WebAuthnConfigurationMissingException', 'missing'));
    const logged: string[] = [];
    const quiet = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      await assert.rejects(app.registerPasskey(), {
        code: 'WebAuthnConfigurationMissingException',
        key: 'errors.passkeyDomain',
      });
    } finally {
      console.error = quiet;
    }
    assert.match(logged.join('\n'), /WebAuthnConfiguration\.RelyingPartyId/u, 'the page author is told the setting');
  });
});
