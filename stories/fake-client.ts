/**
 * A scripted `AuthClient` for stories, screenshots and accessibility checks: no user pool,
 * no network. Every call answers from a script, so the element can be put on any screen,
 * in any state, the way a person would get there.
 */
import {
  AuthError,
  type AuthClient,
  type AuthSession,
  type CodeDelivery,
  type Route,
  type SignInResult,
} from '../src/core/index.js';

type Answers = { [K in keyof AuthClient]-?: NonNullable<AuthClient[K]> };

/** Overrides for some of the client's calls; the rest answer as a happy path. */
export type Script = Partial<Omit<Answers, 'onSessionChange' | 'dispose'>>;

export interface FakeClientOptions {
  /** How long every call takes, in ms (0 by default; stories use a little to show the pending state). */
  readonly delayMs?: number;
}

export const fakeSession: AuthSession = {
  user: {
    username: 'jane',
    userId: '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    attributes: {
      sub: '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      email: 'jane@example.com',
      email_verified: true,
      'cognito:username': 'jane',
    },
  },
  tokens: {
    idToken: 'fake.id.token',
    accessToken: 'fake.access.token',
    refreshToken: 'fake-refresh-token',
    expiresAt: Date.now() + 3_600_000,
  },
};

export const emailDelivery: CodeDelivery = { destination: 'j***@e***.com', medium: 'EMAIL', attribute: 'email' };
export const smsDelivery: CodeDelivery = { destination: '+*******0123', medium: 'SMS', attribute: 'phone_number' };

/** A base32 TOTP secret of the length Cognito hands out. */
export const fakeTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW';

const signedIn: SignInResult = { kind: 'signedIn', session: fakeSession };

/** A call that fails with Cognito's exception `code`, shown with the message `key`. */
export function fails(code: string, key: string, detail?: string): () => Promise<never> {
  return () => Promise.reject(new AuthError(detail === undefined ? { code, key } : { code, key, detail }));
}

/** A call that never answers: the screen stays pending. */
export function pending(): () => Promise<never> {
  return () => new Promise<never>(() => undefined);
}

/** A sign-in step that answers with Cognito's challenge `name`. */
export function challenge(
  name: string,
  parameters: Readonly<Record<string, string>> = {},
): () => Promise<SignInResult> {
  return () => Promise.resolve({ kind: 'challenge', challenge: { name, parameters } });
}

/** A call that answers with each of `answers` in turn, then keeps giving the last one. */
export function inTurn<T>(...answers: readonly [() => Promise<T>, ...(() => Promise<T>)[]]): () => Promise<T> {
  let next = 0;
  return () => {
    const answer = answers[Math.min(next, answers.length - 1)] ?? answers[0];
    next += 1;
    return answer();
  };
}

export function createFakeClient(script: Script = {}, options: FakeClientOptions = {}): AuthClient {
  const happy: Omit<Answers, 'onSessionChange' | 'dispose'> = {
    restoreSession: () => Promise.resolve(null),
    signIn: () => Promise.resolve(signedIn),
    signUp: () => Promise.resolve({ confirmed: false, userId: fakeSession.user.userId, delivery: emailDelivery }),
    confirmSignUp: () => Promise.resolve(true),
    signInAfterConfirmation: () => Promise.resolve(signedIn),
    resendSignUpCode: () => Promise.resolve(emailDelivery),
    respondToChallenge: () => Promise.resolve(signedIn),
    setUpTotp: () => Promise.resolve(fakeTotpSecret),
    verifyTotp: () => Promise.resolve(signedIn),
    unverifiedContacts: () => Promise.resolve([]),
    sendAttributeCode: () => Promise.resolve(emailDelivery),
    verifyAttribute: () => Promise.resolve(),
    forgotPassword: () => Promise.resolve(emailDelivery),
    confirmForgotPassword: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
  };
  const answers = { ...happy, ...script };
  const delay = options.delayMs ?? 0;
  const later = <T>(answer: () => Promise<T>): Promise<T> =>
    delay === 0 ? answer() : new Promise<void>((resolve) => setTimeout(resolve, delay)).then(answer);
  return {
    restoreSession: () => later(() => answers.restoreSession()),
    signIn: (input) => later(() => answers.signIn(input)),
    signUp: (input) => later(() => answers.signUp(input)),
    confirmSignUp: (input) => later(() => answers.confirmSignUp(input)),
    signInAfterConfirmation: (input) => later(() => answers.signInAfterConfirmation(input)),
    resendSignUpCode: (input) => later(() => answers.resendSignUpCode(input)),
    respondToChallenge: (input) => later(() => answers.respondToChallenge(input)),
    setUpTotp: () => later(() => answers.setUpTotp()),
    verifyTotp: (input) => later(() => answers.verifyTotp(input)),
    unverifiedContacts: () => later(() => answers.unverifiedContacts()),
    sendAttributeCode: (input) => later(() => answers.sendAttributeCode(input)),
    verifyAttribute: (input) => later(() => answers.verifyAttribute(input)),
    forgotPassword: (input) => later(() => answers.forgotPassword(input)),
    confirmForgotPassword: (input) => later(() => answers.confirmForgotPassword(input)),
    signOut: (options) => later(() => answers.signOut(options)),
  };
}

/**
 * What a person does on a screen: fill fields (by `name`) and submit (unless `submit` is
 * `false`), follow a link to another screen, or press a button (a CSS selector inside the
 * element, e.g. the resend link).
 */
export type Step =
  | { readonly fill: Readonly<Record<string, string>>; readonly submit?: boolean }
  | { readonly navigate: string }
  | { readonly press: string };

/** How to reach a screen: the element's attributes, the client's script, and the steps. */
export interface ScreenRecipe {
  readonly attributes?: Readonly<Record<string, string>>;
  readonly script?: Script;
  readonly steps: readonly Step[];
}

const password = 'Correct-Horse-9';
const signInStep: Step = { fill: { username: 'jane', password } };

/** Every screen the element can show, and how a person gets there. */
export const screenRecipes: Readonly<Record<Exclude<Route, 'idle'>, ScreenRecipe>> = {
  setup: { script: { restoreSession: pending() }, steps: [] },
  signIn: { steps: [] },
  signUp: { attributes: { 'initial-screen': 'signUp' }, steps: [] },
  confirmSignUp: {
    attributes: { 'initial-screen': 'signUp' },
    steps: [{ fill: { username: 'jane', password, confirmPassword: password, 'attribute:email': 'jane@example.com' } }],
  },
  confirmSignIn: {
    script: {
      signIn: challenge('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******0123', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }),
    },
    steps: [signInStep],
  },
  selectMfaType: {
    script: {
      signIn: challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
    },
    steps: [signInStep],
  },
  setupTotp: {
    script: { signIn: challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }) },
    steps: [signInStep],
  },
  setupEmail: { script: { signIn: challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }) }, steps: [signInStep] },
  forceNewPassword: {
    script: { signIn: challenge('NEW_PASSWORD_REQUIRED', { requiredAttributes: '[]' }) },
    steps: [signInStep],
  },
  resetPassword: { steps: [{ navigate: 'resetPassword' }] },
  confirmResetPassword: { steps: [{ navigate: 'resetPassword' }, { fill: { username: 'jane' } }] },
  verifyUser: {
    script: { unverifiedContacts: () => Promise.resolve([{ name: 'email', value: 'jane@example.com' }]) },
    steps: [signInStep],
  },
  confirmVerifyUser: {
    script: { unverifiedContacts: () => Promise.resolve([{ name: 'email', value: 'jane@example.com' }]) },
    steps: [signInStep, { fill: {} }],
  },
  customChallenge: {
    script: { signIn: challenge('CUSTOM_CHALLENGE', { question: 'What is the name of your first pet?' }) },
    steps: [signInStep],
  },
  authenticated: { steps: [signInStep] },
};

interface Driven {
  readonly route: Route;
  readonly updateComplete: Promise<boolean>;
  querySelector: Element['querySelector'];
}

async function settle(element: Driven): Promise<void> {
  // Answers arrive on later microtasks or timers; wait until the element has drawn them.
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

/**
 * Does what a person does on the element's current screen: fills the fields named in the
 * step (with `input` events, as typing makes) and submits the form, follows a link, or
 * presses a button.
 */
export async function perform(element: Driven, step: Step): Promise<void> {
  if ('navigate' in step) {
    element.querySelector<HTMLButtonElement>(`button[data-navigate="${step.navigate}"]`)?.click();
  } else if ('press' in step) {
    const button = element.querySelector<HTMLElement>(step.press);
    if (!button) throw new Error(`Nothing matches ${step.press} on ${element.route}`);
    button.click();
  } else {
    for (const [name, value] of Object.entries(step.fill)) {
      const input = element.querySelector<HTMLInputElement>(`form [name="${name}"]`);
      if (!input) throw new Error(`No field named ${name} on ${element.route}`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (step.submit !== false) element.querySelector('form')?.requestSubmit();
  }
  await settle(element);
}

/** Plays a recipe's steps on an element that already has the recipe's client. */
export async function playRecipe(element: Driven, recipe: ScreenRecipe): Promise<void> {
  await settle(element);
  for (const step of recipe.steps) await perform(element, step);
}
