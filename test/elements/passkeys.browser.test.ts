/**
 * Passkeys for real, in Chromium: a virtual authenticator (DevTools `WebAuthn` domain) makes
 * and uses real keys, and the test proxy verifies every registration and assertion with
 * `@simplewebauthn/server` (signature, origin, relying-party id, user verification, one use
 * per challenge). The emulator has no `USER_AUTH` and no WebAuthn, so the proxy answers
 * those calls with the shapes of COGNITO-WIRE-2.md A and B (the test names say so); the
 * tokens are the emulator's own. Chromium only: the other engines have no virtual
 * authenticator here.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import {
  cognitoPool,
  cognitoRequests,
  cognitoSignInCode,
  cognitoUser,
  cognitoUserAuth,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { AuthenticatorHarness, mountOnPool, waitUntil } from '../support/harness.js';
import { logged } from '../support/page-watch.js';
import { virtualAuthenticator, type VirtualAuthenticator } from '../support/webauthn.js';

let pool: CognitoPoolInfo;
let authenticator: VirtualAuthenticator;

function mount(attributes: Record<string, string> = {}): Promise<AuthenticatorHarness> {
  const app = Object.assign(document.createElement('p'), { id: 'app', textContent: 'Welcome' });
  return mountOnPool(
    pool,
    { storage: 'memory', 'auth-flow': 'USER_AUTH', 'auth-methods': 'passkey email-otp', ...attributes },
    [app],
  );
}

/** The way to sign in, picked on the sign-in screen. */
function pick(harness: AuthenticatorHarness, method: string): void {
  const input = harness.element.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`);
  if (!input) throw new Error(`no ${method} choice`);
  input.click();
}

const operations = async (): Promise<string[]> => (await cognitoRequests(pool)).map((request) => request.operation);

/** Signs jane in with the code the proxy emailed her, up to the offer of a passkey. */
async function signInWithCode(harness: AuthenticatorHarness): Promise<void> {
  pick(harness, 'email-otp');
  await harness.fill({ username: 'jane' });
  await harness.submit();
  await harness.waitForScreen('confirmSignInCode');
  await harness.fill({ code: await cognitoSignInCode(pool, 'jane') });
  await harness.submit();
}

/** Makes jane a passkey through the element: sign in with a code, accept the offer. */
async function makePasskey(harness: AuthenticatorHarness): Promise<void> {
  await signInWithCode(harness);
  await harness.waitForScreen('passkeyPrompt');
  await harness.submit();
  await waitUntil(() => harness.notice() !== '', 'the passkey is made');
}

/** Makes jane a passkey, goes into the app and signs out again: back on sign-in, passkey first. */
async function withPasskeySignedOut(harness: AuthenticatorHarness): Promise<void> {
  await makePasskey(harness);
  await harness.submit();
  await waitUntil(() => harness.element.route === 'authenticated', 'in the app');
  harness.element.signOut();
  await harness.waitForScreen('signIn');
}

describe('passkeys with a virtual authenticator and a real verifier', () => {
  beforeEach(async () => {
    pool = await cognitoPool();
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
    await cognitoUserAuth(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com' });
    authenticator = await virtualAuthenticator();
  });

  afterEach(async () => {
    await authenticator.remove();
  });

  it('makes a passkey after a code sign-in, then signs in with it typing only the username (USER_AUTH and WebAuthn answered by the test proxy)', async () => {
    const harness = await mount();
    await makePasskey(harness);
    expect(harness.notice()).to.equal('Your passkey is ready. Next time, sign in with it.');
    const made = await authenticator.credentials();
    expect(made.map((credential) => [credential.rpId, credential.isResidentCredential])).to.deep.equal([
      ['localhost', true],
    ]);
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'in the app');

    harness.element.signOut();
    await harness.waitForScreen('signIn');
    const before = (await cognitoRequests(pool)).length;
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in with the passkey');
    expect(harness.element.user?.username).to.equal('jane');
    expect((await operations()).slice(before, before + 2)).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge']);
    const [start, answer] = (await cognitoRequests(pool)).slice(before).map((request) => request.body);
    expect(start).to.deep.include({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    const responses = (answer as { ChallengeResponses: Record<string, string> }).ChallengeResponses;
    expect(Object.keys(responses).sort()).to.deep.equal(['CREDENTIAL', 'USERNAME']);
    expect((JSON.parse(responses.CREDENTIAL ?? '{}') as { id?: string }).id).to.equal(
      made[0]?.credentialId.replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, ''),
    );
    // The authenticator signed once more: the verifier saw a fresh assertion.
    expect((await authenticator.credentials())[0]?.signCount).to.be.greaterThan(made[0]?.signCount ?? 0);
  });

  it('offers no passkey to someone who has one, and goes straight into the app (ListWebAuthnCredentials answered by the test proxy)', async () => {
    const harness = await mount();
    await withPasskeySignedOut(harness);
    await signInWithCode(harness);
    await waitUntil(() => harness.element.route === 'authenticated', 'in the app, no offer');
    expect((await operations()).filter((operation) => operation === 'StartWebAuthnRegistration')).to.have.length(1);
  });

  it('a fingerprint the authenticator refuses returns to the choice with a message and the username kept (WebAuthn answered by the test proxy)', async () => {
    const harness = await mount();
    await withPasskeySignedOut(harness);
    await authenticator.userVerified(false);
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForFormError();
    expect(harness.formError()).to.equal(
      'The passkey request was cancelled or timed out. Try again, or choose another way to sign in.',
    );
    expect(harness.element.route).to.not.equal('authenticated');
    expect(harness.element.querySelector<HTMLInputElement>('input[name="username"]')?.value).to.equal('jane');
    // Nothing was sent for the refused ceremony.
    expect((await operations()).at(-1)).to.equal('InitiateAuth');
  });

  it('an assertion with a bad signature is refused by the verifier, and the person may choose another way (WebAuthn answered by the test proxy)', async () => {
    const harness = await mount();
    await withPasskeySignedOut(harness);
    await authenticator.bogusSignature(true);
    await harness.fill({ username: 'jane' });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal(
      'The passkey could not be used. Try again, or choose another way to sign in.',
    );
    expect(harness.element.route).to.not.equal('authenticated');
    expect((await operations()).at(-1)).to.equal('RespondToAuthChallenge');
    expect(harness.element.querySelector('input[name="method"][value="email-otp"]')).to.not.equal(null);
  });

  it('a passkey made on a page the pool does not allow is refused, with a message and help for the page author (WebAuthn answered by the test proxy)', async () => {
    await cognitoUserAuth(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', origin: 'https://app.example.com' });
    logged.splice(0);
    const harness = await mount();
    await signInWithCode(harness);
    await harness.waitForScreen('passkeyPrompt');
    await harness.submit();
    await harness.waitForFormError();
    expect(harness.formError()).to.equal(
      "Passkeys are not set up for this site. Choose another way to sign in, or contact the site's support.",
    );
    await waitUntil(() => logged.join('\n').includes('RelyingPartyId'), 'console help');
    expect(harness.element.route).to.equal('passkeyPrompt');
    // The person can still go on into the app without one.
    await harness.click('Not now');
    await waitUntil(() => harness.element.route === 'authenticated', 'in the app');
  });

  it('refuses an assertion sent again, on its own session or a new one (the test proxy verifies WebAuthn: the emulator lacks it)', async () => {
    const harness = await mount();
    await withPasskeySignedOut(harness);
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in with the passkey');
    const used = (await cognitoRequests(pool))
      .filter((request) => request.operation === 'RespondToAuthChallenge')
      .at(-1)?.body as Record<string, unknown>;

    const call = async (operation: string, body: unknown): Promise<{ __type?: string; Session?: string }> => {
      const response = await fetch(pool.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { __type?: string; Session?: string };
    };
    expect((await call('RespondToAuthChallenge', used)).__type).to.equal('NotAuthorizedException');
    const fresh = await call('InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    expect((await call('RespondToAuthChallenge', { ...used, Session: fresh.Session })).__type).to.equal(
      'NotAuthorizedException',
    );
  });
});
