/**
 * The fault table (`fault-table.ts`), row by row, in Chromium; the `faults-*.browser.test.ts`
 * files each run some of its calls, so that they run side by side. Each journey runs against
 * the emulator up to the call under test; that one request is then answered at the HTTP
 * boundary with the fault (a dropped connection, a late answer, a 5xx, or the exception
 * Cognito documents for the call), since none of these can be made to happen in the
 * emulator. A few steps the emulator lacks are answered there too, as each setup says.
 *
 * Every row checks what the person sees: the translated message, every typed value kept,
 * the form usable again, the retry working; and that no password or token reached the
 * console and no promise rejection went unhandled.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import en from '../../locales/en.json' with { type: 'json' };
import {
  cognitoAnswer,
  cognitoCode,
  cognitoPool,
  cognitoRequests,
  cognitoSrp,
  cognitoTemporaryUser,
  cognitoSignInCode,
  cognitoTotpUser,
  cognitoUser,
  cognitoUserAuth,
  type CognitoPoolInfo,
  type Json,
} from '../support/cognito.js';
import { AuthenticatorHarness, mountOnPool, waitUntil } from '../support/harness.js';
import { logged, unhandled } from '../support/page-watch.js';
import { totpCode } from '../support/totp.js';
import { virtualAuthenticator, type VirtualAuthenticator } from '../support/webauthn.js';
import { calls, FAULT_TIMEOUT_MS, type Call, type FaultCase } from './fault-table.js';

const PASSWORD = 'Correct-Horse-9';
const NEW_PASSWORD = 'Battery-Staple-7';

/** The English text of a message key. */
function english(key: string, detail?: string): string {
  const text = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      en,
    );
  if (typeof text !== 'string') throw new Error(`No English text for ${key}`);
  return text.replace('{{detail}}', detail ?? '');
}

/** Every secret a test handled: passwords typed and tokens the pool issued. */
function secrets(): string[] {
  const found = [PASSWORD, NEW_PASSWORD, 'Temporary-Pass-1'];
  for (let index = 0; index < localStorage.length; index++) {
    const raw = localStorage.getItem(localStorage.key(index) ?? '') ?? '';
    if (raw.includes('idToken'))
      found.push(
        ...Object.values(JSON.parse(raw) as Record<string, unknown>).filter(
          (value): value is string => typeof value === 'string',
        ),
      );
  }
  return found;
}

afterEach(() => {
  const leaked = secrets().filter((secret) => logged.some((line) => line.includes(secret)));
  logged.splice(0);
  expect(leaked, 'passwords or tokens in the console').to.deep.equal([]);
  expect(unhandled.splice(0), 'unhandled promise rejections').to.deep.equal([]);
});

let pool: CognitoPoolInfo;
let serial = 0;

/** A journey brought up to the call under test. */
interface Journey {
  /** The element, once there (for a reload, `act` makes it). */
  harness?: AuthenticatorHarness;
  /** Makes the call (submits, clicks, reloads); returns the element. */
  act(): Promise<AuthenticatorHarness>;
  /** Sets up what the retry needs beyond the emulator (answers it lacks, a fresh code). */
  beforeRetry?(harness: AuthenticatorHarness): Promise<void>;
  /** Tries again, as the person would; submitting the form by default. */
  retry?(harness: AuthenticatorHarness): Promise<AuthenticatorHarness>;
  /** Shown after a successful retry. */
  readonly next: readonly string[];
}

function mount(attributes: Record<string, string> = {}): Promise<AuthenticatorHarness> {
  return mountOnPool(pool, { timeout: String(FAULT_TIMEOUT_MS), ...attributes });
}

async function submitted(harness: AuthenticatorHarness): Promise<AuthenticatorHarness> {
  await harness.submit();
  return harness;
}

async function signInAs(harness: AuthenticatorHarness, username: string, password = PASSWORD): Promise<void> {
  await harness.fill({ username, password });
  await harness.submit();
}

/** Tokens from the emulator itself, for steps it lacks that end in a sign-in. */
async function emulatorTokens(username: string): Promise<Json> {
  const response = await fetch(pool.emulatorEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD },
    }),
  });
  return ((await response.json()) as { AuthenticationResult: Json }).AuthenticationResult;
}

const MFA_SETUP = {
  ChallengeName: 'MFA_SETUP',
  Session: 'setup-1',
  ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
};
const ASSOCIATED = { SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: 'setup-2' };
const DELIVERY = {
  CodeDeliveryDetails: { Destination: 'u***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
};

/** A verified-email user who signs in without further steps. */
async function plainUser(): Promise<string> {
  const username = `user${String(++serial)}`;
  await cognitoUser(pool, username, PASSWORD, { email: `${username}@example.com`, email_verified: 'true' });
  return username;
}

async function onSignUpCode(): Promise<{ harness: AuthenticatorHarness; username: string }> {
  const username = `new${String(++serial)}`;
  const harness = await mount({ 'initial-screen': 'signUp' });
  await harness.waitForScreen('signUp');
  await harness.fill({
    username,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    'attribute:email': `${username}@example.com`,
  });
  await harness.submit();
  await harness.waitForScreen('confirmSignUp');
  return { harness, username };
}

async function onVerifyUser(): Promise<{ harness: AuthenticatorHarness; username: string }> {
  const username = `unverified${String(++serial)}`;
  await cognitoUser(pool, username, PASSWORD, { email: `${username}@example.com` });
  const harness = await mount();
  await signInAs(harness, username);
  await harness.waitForScreen('verifyUser');
  return { harness, username };
}

/** A user who signs in with SRP (the proxy plays Cognito's side: the emulator lacks USER_SRP_AUTH). */
async function signInWithSrp(): Promise<Journey> {
  const username = await plainUser();
  await cognitoSrp(pool, username, PASSWORD);
  const harness = await mount({ 'auth-flow': 'USER_SRP_AUTH' });
  await harness.fill({ username, password: PASSWORD });
  return { harness, act: () => submitted(harness), next: ['authenticated'] };
}

/** The virtual authenticators the passkey journeys added (Chromium), removed after each test. */
const authenticators: VirtualAuthenticator[] = [];

/** A user who signs in through USER_AUTH, with codes by email and passkeys (the proxy plays Cognito: the emulator lacks both). */
async function userAuthUser(): Promise<string> {
  const username = await plainUser();
  await cognitoUserAuth(pool, username, PASSWORD, { email: `${username}@example.com` });
  return username;
}

function mountUserAuth(methods: string): Promise<AuthenticatorHarness> {
  return mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': methods });
}

function pick(harness: AuthenticatorHarness, method: string): void {
  harness.element.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)?.click();
}

/** On the sign-in code screen with the right code typed. */
async function onSignInCode(
  methods = 'email-otp password',
): Promise<{ harness: AuthenticatorHarness; username: string }> {
  const username = await userAuthUser();
  const harness = await mountUserAuth(methods);
  pick(harness, 'email-otp');
  await harness.fill({ username });
  await harness.submit();
  await harness.waitForScreen('confirmSignInCode');
  await harness.type('code', await cognitoSignInCode(pool, username));
  return { harness, username };
}

/** Signed in with a code on a page that offers passkeys, on the offer of one, with an authenticator ready. */
async function onPasskeyPrompt(): Promise<{ harness: AuthenticatorHarness; username: string }> {
  authenticators.push(await virtualAuthenticator());
  const signingIn = await onSignInCode('passkey email-otp');
  await signingIn.harness.submit();
  await signingIn.harness.waitForScreen('passkeyPrompt');
  return signingIn;
}

/** Creates a passkey from the offer and waits for it to be made. */
async function createPasskey(harness: AuthenticatorHarness): Promise<AuthenticatorHarness> {
  await harness.submit();
  await waitUntil(() => harness.notice() !== '', 'the passkey is made', FAULT_TIMEOUT_MS + 4000);
  return harness;
}

const journeys: Readonly<Record<string, () => Promise<Journey>>> = {
  async signIn() {
    const username = await plainUser();
    // Where a fault leads to the code screen, a fresh code is sent (the emulator lacks ResendConfirmationCode).
    await cognitoAnswer(pool, 'ResendConfirmationCode', 200, DELIVERY);
    const harness = await mount({ 'auth-flow': 'USER_PASSWORD_AUTH' });
    await harness.fill({ username, password: PASSWORD });
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  signInSrp: () => signInWithSrp(),
  signInSrpProof: () => signInWithSrp(),
  async confirmSignIn() {
    const username = `totp${String(++serial)}`;
    const secret = await cognitoTotpUser(pool, username, PASSWORD);
    const harness = await mount();
    await signInAs(harness, username);
    await harness.waitForScreen('confirmSignIn');
    await harness.type('code', await totpCode(secret));
    return {
      harness,
      act: () => submitted(harness),
      // The code may have rolled over while the fault played out.
      beforeRetry: async (h) => h.type('code', await totpCode(secret)),
      next: ['authenticated'],
    };
  },
  async forceNewPassword() {
    const username = `temporary${String(++serial)}`;
    await cognitoTemporaryUser(pool, username, 'Temporary-Pass-1');
    const harness = await mount();
    await signInAs(harness, username, 'Temporary-Pass-1');
    await harness.waitForScreen('forceNewPassword');
    await harness.fill({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async signUp() {
    const username = `new${String(++serial)}`;
    const harness = await mount({ 'initial-screen': 'signUp' });
    await harness.waitForScreen('signUp');
    await harness.fill({
      username,
      password: PASSWORD,
      confirmPassword: PASSWORD,
      'attribute:email': `${username}@example.com`,
    });
    return { harness, act: () => submitted(harness), next: ['confirmSignUp'] };
  },
  async confirmSignUp() {
    const { harness, username } = await onSignUpCode();
    await harness.type('code', await cognitoCode(pool, username, 'confirmSignUp'));
    // Confirmed, then signed in with the password held from sign-up; the emulator leaves the email unverified.
    return { harness, act: () => submitted(harness), next: ['verifyUser', 'authenticated'] };
  },
  async resendSignUpCode() {
    const { harness } = await onSignUpCode();
    await harness.type('code', '12');
    const resend = async (h: AuthenticatorHarness): Promise<AuthenticatorHarness> => {
      await h.click(english('confirmSignUp.resend'));
      return h;
    };
    return {
      harness,
      act: () => resend(harness),
      // The emulator lacks ResendConfirmationCode: the retry's answer is Cognito's documented shape.
      beforeRetry: () => cognitoAnswer(pool, 'ResendConfirmationCode', 200, DELIVERY),
      retry: async (h) => {
        await resend(h);
        await waitUntil(() => h.notice().includes(english('confirmSignUp.resent')), 'the new-code notice');
        return h;
      },
      next: ['confirmSignUp'],
    };
  },
  async resetPassword() {
    const username = await plainUser();
    const harness = await mount();
    harness.element.querySelector<HTMLButtonElement>('button[data-navigate="resetPassword"]')?.click();
    await harness.waitForScreen('resetPassword');
    await harness.type('username', username);
    return { harness, act: () => submitted(harness), next: ['confirmResetPassword'] };
  },
  async confirmResetPassword() {
    const username = await plainUser();
    const harness = await mount();
    harness.element.querySelector<HTMLButtonElement>('button[data-navigate="resetPassword"]')?.click();
    await harness.waitForScreen('resetPassword');
    await harness.type('username', username);
    await harness.submit();
    await harness.waitForScreen('confirmResetPassword');
    await harness.fill({
      code: await cognitoCode(pool, username, 'resetPassword'),
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async associateSoftwareToken() {
    const username = await plainUser();
    // The emulator lacks MFA_SETUP with a session: sign-in asks for it here, for the try and the retry.
    await cognitoAnswer(pool, 'InitiateAuth', 200, MFA_SETUP, 2);
    const harness = await mount();
    await harness.fill({ username, password: PASSWORD });
    return {
      harness,
      act: () => submitted(harness),
      beforeRetry: () => cognitoAnswer(pool, 'AssociateSoftwareToken', 200, ASSOCIATED),
      next: ['setupTotp'],
    };
  },
  async verifySoftwareToken() {
    const username = await plainUser();
    await cognitoAnswer(pool, 'InitiateAuth', 200, MFA_SETUP);
    await cognitoAnswer(pool, 'AssociateSoftwareToken', 200, ASSOCIATED);
    const harness = await mount();
    await signInAs(harness, username);
    await harness.waitForScreen('setupTotp');
    await harness.type('code', '123456');
    return {
      harness,
      act: () => submitted(harness),
      beforeRetry: async () => {
        await cognitoAnswer(pool, 'VerifySoftwareToken', 200, { Status: 'SUCCESS', Session: 'setup-3' });
        await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
          AuthenticationResult: await emulatorTokens(username),
        });
      },
      next: ['authenticated'],
    };
  },
  async verifyUser() {
    const { harness } = await onVerifyUser();
    return { harness, act: () => submitted(harness), next: ['confirmVerifyUser'] };
  },
  async confirmVerifyUser() {
    const { harness, username } = await onVerifyUser();
    await harness.submit();
    await harness.waitForScreen('confirmVerifyUser');
    await harness.type('code', await cognitoCode(pool, username, 'verifyAttribute'));
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async userAuthStart() {
    const username = await userAuthUser();
    const harness = await mountUserAuth('email-otp password');
    await harness.fill({ username });
    return { harness, act: () => submitted(harness), next: ['confirmSignInCode'] };
  },
  async selectSignInMethod() {
    // No phone number: Cognito offers the ways this user has, two of which the page offers too.
    const username = await userAuthUser();
    const harness = await mountUserAuth('sms-otp email-otp password');
    await harness.fill({ username });
    await harness.submit();
    await harness.waitForScreen('selectSignInMethod');
    return { harness, act: () => submitted(harness), next: ['confirmSignInCode'] };
  },
  async signInCode() {
    const { harness } = await onSignInCode();
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async resendSignInCode() {
    const { harness } = await onSignInCode();
    const resend = async (h: AuthenticatorHarness): Promise<AuthenticatorHarness> => {
      await h.click(english('confirmSignInCode.resend'));
      return h;
    };
    return {
      harness,
      act: () => resend(harness),
      retry: async (h) => {
        await resend(h);
        await waitUntil(() => h.notice().includes(english('confirmSignInCode.resent')), 'the new-code notice');
        return h;
      },
      next: ['confirmSignInCode'],
    };
  },
  async passkeySignIn() {
    const { harness, username } = await onPasskeyPrompt();
    await createPasskey(harness);
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'in the app');
    harness.element.signOut();
    await harness.waitForScreen('signIn');
    await harness.fill({ username });
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async listPasskeys() {
    const { harness } = await onSignInCode('passkey email-otp');
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async startPasskeyRegistration() {
    const { harness } = await onPasskeyPrompt();
    return { harness, act: () => submitted(harness), retry: createPasskey, next: ['passkeyPrompt'] };
  },
  async completePasskeyRegistration() {
    const { harness } = await onPasskeyPrompt();
    return { harness, act: () => submitted(harness), retry: createPasskey, next: ['passkeyPrompt'] };
  },
  async checkContacts() {
    const { username } = { username: `unverified${String(++serial)}` };
    await cognitoUser(pool, username, PASSWORD, { email: `${username}@example.com` });
    const harness = await mount();
    await harness.fill({ username, password: PASSWORD });
    return { harness, act: () => submitted(harness), next: ['authenticated'] };
  },
  async signOut() {
    const username = await plainUser();
    const harness = await mount();
    await signInAs(harness, username);
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    return {
      harness,
      act: async () => {
        harness.element.signOut();
        await harness.element.updateComplete;
        return harness;
      },
      next: ['signIn'],
    };
  },
  async restoreSession() {
    const username = await plainUser();
    const first = await mount();
    await signInAs(first, username);
    await waitUntil(() => first.element.route === 'authenticated', 'signed in');
    first.element.remove();
    // The stored access token has expired: the next load must refresh it.
    const key = Object.keys(localStorage).find((name) => name.includes(pool.clientId)) ?? '';
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...stored, expiresAt: Date.now() - 1000 }));
    const reload = async (): Promise<AuthenticatorHarness> => {
      document.querySelectorAll('cognito-authenticator').forEach((element) => element.remove());
      const element = document.createElement('cognito-authenticator');
      const attributes = {
        'user-pool-id': pool.userPoolId,
        'client-id': pool.clientId,
        endpoint: pool.endpoint,
        timeout: String(FAULT_TIMEOUT_MS),
      };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
      await element.updateComplete;
      return new AuthenticatorHarness(element);
    };
    return { act: reload, retry: reload, next: ['authenticated'] };
  },
};

/** Every value in the screen's form: what was typed, and which choice is checked. */
function formValues(harness: AuthenticatorHarness): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of harness.element.querySelectorAll<HTMLInputElement>('form input')) {
    if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue;
    values[input.name] = input.value;
  }
  return values;
}

/** Every message on the screen: above the form and beside each field. */
function messages(harness: AuthenticatorHarness): string[] {
  const shown = [
    harness.formError(),
    ...[...harness.element.querySelectorAll('[id$="-error"]')].map((node) => node.textContent.trim()),
  ];
  return shown.filter(Boolean);
}

function storedSession(): string | undefined {
  return Object.keys(localStorage).find((name) => name.includes(pool.clientId));
}

async function answerWithFault(call: Call, { fault }: FaultCase): Promise<void> {
  const { status, body, delayMs } = fault.answer;
  await cognitoAnswer(pool, call.operation, status, body, 1, delayMs);
}

async function check(call: Call, row: FaultCase, journey: Journey): Promise<void> {
  const screen = journey.harness?.screen;
  const typed = journey.harness ? formValues(journey.harness) : {};
  const sent = async (): Promise<number> =>
    (await cognitoRequests(pool)).filter((request) => request.operation === call.operation).length;
  const sentBefore = await sent();
  await answerWithFault(call, row);
  const harness = await journey.act();
  const { outcome } = row;
  switch (outcome.kind) {
    case 'message': {
      const text = english(outcome.key, outcome.detail);
      await waitUntil(
        () => messages(harness).includes(text),
        `"${text}" (shown: ${messages(harness).join(' / ') || 'nothing'})`,
        FAULT_TIMEOUT_MS + 4000,
      );
      expect(await sent(), 'sent once, not retried on its own').to.equal(sentBefore + 1);
      expect(harness.screen, 'the same screen').to.equal(screen);
      expect(formValues(harness), 'everything typed is kept').to.deep.equal(typed);
      expect(
        harness.element.querySelector('[data-screen]')?.getAttribute('aria-busy'),
        'the form is usable again',
      ).to.equal('false');
      expect(harness.submitButton().getAttribute('aria-disabled')).to.equal('false');
      await journey.beforeRetry?.(harness);
      const retried = await (journey.retry ?? submitted)(harness);
      await waitUntil(
        () => journey.next.includes(retried.element.route),
        `the retry to reach ${journey.next.join(' or ')} (now ${retried.element.route}: ${messages(retried).join(' / ')})`,
      );
      return;
    }
    case 'moves': {
      await waitUntil(
        () => harness.element.route === outcome.to,
        `${outcome.to} (now ${harness.element.route})`,
        FAULT_TIMEOUT_MS + 4000,
      );
      if (outcome.key) {
        const text = english(outcome.key);
        await waitUntil(() => messages(harness).includes(text), `"${text}"`);
      }
      if (call.id === 'restoreSession') {
        expect(storedSession(), 'the stored session is kept for the next try').to.not.equal(undefined);
        await journey.beforeRetry?.(harness);
        const retried = await (journey.retry ?? submitted)(harness);
        await waitUntil(
          () => journey.next.includes(retried.element.route),
          `the retry to reach ${journey.next.join(' or ')}`,
        );
      }
      return;
    }
    case 'carries on':
      await waitUntil(
        () => harness.element.route === outcome.to,
        `${outcome.to} (now ${harness.element.route})`,
        FAULT_TIMEOUT_MS + 4000,
      );
      await harness.element.updateComplete;
      expect(harness.formError(), 'nothing to tell').to.equal('');
      if (outcome.to === 'signIn') expect(storedSession(), 'no session left stored').to.equal(undefined);
  }
}

/** Runs the rows of the calls with these ids. */
export function describeFaults(ids: readonly string[]): void {
  describe('faults: every call, every failure', () => {
    beforeEach(async () => {
      localStorage.clear();
      sessionStorage.clear();
      pool = await cognitoPool('faults');
    });

    afterEach(async () => {
      document.querySelectorAll('cognito-authenticator').forEach((element) => element.remove());
      for (const authenticator of authenticators.splice(0)) await authenticator.remove();
    });

    for (const call of calls.filter((candidate) => ids.includes(candidate.id))) {
      describe(`${call.operation}: ${call.action}`, () => {
        for (const row of call.cases) {
          it(`${row.fault.label} (answered at the HTTP boundary: the emulator cannot fail this way)`, async function () {
            this.timeout(30_000);
            const start = journeys[call.id];
            if (!start) throw new Error(`No journey to ${call.id}`);
            const journey = await start();
            await check(call, row, journey);
          });
        }
      });
    }
  });
}
