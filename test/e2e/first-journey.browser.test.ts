/**
 * The first journey against the Cognito emulator, in a page that really reloads: sign up,
 * confirm with the code the pool sent, signed in, still signed in after a reload, signed
 * out, still signed out after another reload.
 */
import { expect } from '@open-wc/testing';
import {
  cognitoCode,
  cognitoEmailVerified,
  cognitoPool,
  cognitoRequests,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import type { CognitoAuthenticator } from '../../src/index.ts';

/** Loads a fixture page in a frame; resolves once its element exists. */
async function openPage(pool: CognitoPoolInfo, page = 'authenticator.html'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({
    'user-pool-id': pool.userPoolId,
    'client-id': pool.clientId,
    endpoint: pool.endpoint,
    'auth-flow': 'USER_PASSWORD_AUTH',
  });
  frame.src = `/test/e2e/fixtures/${page}?${query}`;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('cognito-authenticator')?.route, 'the page to load');
  return frame;
}

function harnessOf(frame: HTMLIFrameElement): AuthenticatorHarness {
  const element = frame.contentDocument?.querySelector<CognitoAuthenticator>('cognito-authenticator');
  if (!element) throw new Error('The page has no authenticator');
  return new AuthenticatorHarness(element);
}

async function reload(frame: HTMLIFrameElement): Promise<AuthenticatorHarness> {
  const before = frame.contentDocument;
  frame.contentWindow?.location.reload();
  await waitUntil(
    () => frame.contentDocument !== before && frame.contentDocument?.querySelector('cognito-authenticator')?.route,
    'the reload',
  );
  const harness = harnessOf(frame);
  await waitUntil(
    () => harness.element.route !== 'setup' && harness.element.route !== 'idle',
    'the session to be restored',
  );
  return harness;
}

describe('first journey against the emulator', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
  });

  for (const [page, setting] of [
    ['authenticator.html', 'on a plain page'],
    ['strict-csp.html', 'under a strict Content-Security-Policy with Trusted Types, with no violation'],
  ] as const) {
    it(`signs up, confirms with the code, stays signed in across a reload, signs out for good, ${setting} (GetUser answered at the HTTP boundary: the emulator leaves the confirmed email unverified)`, async () => {
      const pool = await cognitoPool('journey');
      await cognitoEmailVerified(pool, 'jane', 'jane@example.com');
      frame = await openPage(pool, page);
      let harness = harnessOf(frame);
      await harness.waitForScreen('signIn');

      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      await harness.fill({
        username: 'jane',
        'attribute:email': 'jane@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();

      await harness.waitForScreen('confirmSignUp');
      expect(harness.text()).to.contain('jane@example.com');
      const code = await cognitoCode(pool, 'jane', 'confirmSignUp');
      await harness.type('code', code);
      await harness.submit();

      // Signed in without typing the password again; the form has left the harness.
      const doc = () => frame?.contentDocument;
      await waitUntil(() => doc()?.getElementById('app')?.textContent === 'jane', 'the app to greet jane');
      expect(harness.element.route).to.equal('authenticated');
      expect(doc()?.querySelector('form')).to.equal(null);
      expect(harness.element.user?.attributes.email).to.equal('jane@example.com');
      expect((await cognitoRequests(pool)).map((r) => r.operation)).to.deep.equal([
        'SignUp',
        'ConfirmSignUp',
        'InitiateAuth',
        'GetUser',
      ]);

      harness = await reload(frame);
      expect(harness.element.route).to.equal('authenticated');
      expect(harness.element.user?.username).to.equal('jane');
      expect(doc()?.querySelector('form')).to.equal(null);

      doc()?.getElementById('sign-out')?.click();
      await harness.waitForScreen('signIn');
      expect(harness.element.user).to.equal(null);
      expect(
        Object.keys(frame.contentWindow?.localStorage ?? {}).filter((key) => key.includes(pool.clientId)),
      ).to.deep.equal([]);
      expect((await cognitoRequests(pool)).map((r) => r.operation)).to.include('RevokeToken');

      harness = await reload(frame);
      expect(harness.element.route).to.equal('signIn');
      expect(harness.input('username').getAttribute('autocomplete')).to.equal('username');
      expect(frame.contentWindow?.cspViolations).to.deep.equal([]);
      if (page === 'strict-csp.html') {
        // The policy really is in force: the page may not evaluate strings.
        const frameWindow = frame.contentWindow as (Window & { eval(code: string): unknown }) | null;
        expect(() => frameWindow?.eval('1')).to.throw();
      }
    });
  }
});

describe('several tabs of one site', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('follow each other: signing in in one signs in the other, signing out in one signs out both', async () => {
    const pool = await cognitoPool('tabs');
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
    const first = await openPage(pool);
    const second = await openPage(pool);
    frames.push(first, second);
    const one = harnessOf(first);
    const two = harnessOf(second);
    await one.waitForScreen('signIn');
    await two.waitForScreen('signIn');
    await one.fill({ username: 'jane', password: 'Passw0rd!' });
    await one.submit();
    await waitUntil(() => one.element.route === 'authenticated', 'the first tab signed in');
    await waitUntil(() => two.element.route === 'authenticated', 'the second tab following');
    expect(two.element.user?.username).to.equal('jane');
    expect(second.contentDocument?.querySelector('form')).to.equal(null);
    second.contentDocument?.getElementById('sign-out')?.click();
    await waitUntil(() => two.element.route === 'signIn', 'the second tab signed out');
    await waitUntil(() => one.element.route === 'signIn', 'the first tab following');
  });
});
