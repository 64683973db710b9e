/**
 * The scripted client of `cognito-authenticator/testing`, and how a person reaches each
 * screen with it: the recipes that stories, screenshots and accessibility checks play. No
 * user pool, no network: the element can be put on any screen, in any state, the way a
 * person gets there.
 */
import type { Route } from '../src/core/index.js';
import {
  AuthenticatorHarness,
  challenge,
  emailDelivery,
  pending,
  smsDelivery,
  type DrivenElement,
  type Script,
} from '../src/testing.js';

export {
  challenge,
  createScriptedClient,
  emailDelivery,
  fails,
  fakeSession,
  fakeTotpSecret,
  inTurn,
  pending,
  smsDelivery,
  type Script,
  type ScriptedClientOptions,
} from '../src/testing.js';

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
/** A page that offers choice-based sign-in: codes by email or text message, and the password. */
export const passwordlessAttributes = {
  'auth-flow': 'USER_AUTH',
  'auth-methods': 'email-otp sms-otp password',
  'login-mechanisms': 'email',
} as const;

const byEmail = { fill: { username: 'jane@example.com' } };
const emailCode = challenge({ kind: 'signInCode', method: 'email-otp', delivery: emailDelivery });

export const screenRecipes: Readonly<Record<Exclude<Route, 'idle'>, ScreenRecipe>> = {
  setup: { script: { restoreSession: pending() }, steps: [] },
  signIn: { steps: [] },
  signUp: { attributes: { 'initial-screen': 'signUp' }, steps: [] },
  confirmSignUp: {
    attributes: { 'initial-screen': 'signUp' },
    steps: [{ fill: { username: 'jane', password, confirmPassword: password, 'attribute:email': 'jane@example.com' } }],
  },
  confirmSignIn: {
    script: { signIn: challenge({ kind: 'mfaCode', mfaType: 'sms', delivery: smsDelivery }) },
    steps: [signInStep],
  },
  selectMfaType: {
    script: { signIn: challenge({ kind: 'selectMfa', options: ['sms', 'totp', 'email'] }) },
    steps: [signInStep],
  },
  setupTotp: {
    script: { signIn: challenge({ kind: 'setupMfa', options: ['totp'] }) },
    steps: [signInStep],
  },
  setupEmail: { script: { signIn: challenge({ kind: 'setupMfa', options: ['email'] }) }, steps: [signInStep] },
  forceNewPassword: {
    script: { signIn: challenge({ kind: 'newPassword', requiredAttributes: [] }) },
    steps: [signInStep],
  },
  resetPassword: { steps: [{ navigate: 'resetPassword' }] },
  confirmResetPassword: { steps: [{ navigate: 'resetPassword' }, { fill: { username: 'jane' } }] },
  verifyUser: {
    script: { unverifiedContacts: () => [{ name: 'email', value: 'jane@example.com' }] },
    steps: [signInStep],
  },
  confirmVerifyUser: {
    script: { unverifiedContacts: () => [{ name: 'email', value: 'jane@example.com' }] },
    steps: [signInStep, { fill: {} }],
  },
  customChallenge: {
    script: {
      signIn: challenge({ kind: 'custom', parameters: { question: 'What is the name of your first pet?' } }),
    },
    steps: [signInStep],
  },
  signInPassword: {
    attributes: passwordlessAttributes,
    steps: [{ press: 'input[value="password"]' }, byEmail],
  },
  selectSignInMethod: {
    attributes: passwordlessAttributes,
    // Cognito answers the email code with a choice of its own, without that code.
    script: { startUserAuth: challenge({ kind: 'selectMethod', options: ['sms-otp', 'password', 'passkey'] }) },
    steps: [byEmail],
  },
  confirmSignInCode: { attributes: passwordlessAttributes, script: { startUserAuth: emailCode }, steps: [byEmail] },
  passkeyPrompt: {
    attributes: { ...passwordlessAttributes, 'auth-methods': 'email-otp passkey' },
    script: { startUserAuth: emailCode },
    steps: [byEmail, { fill: { code: '123456' } }],
  },
  authenticated: { steps: [signInStep] },
};

/**
 * Does what a person does on the element's current screen: fills the fields named in the
 * step (with `input` events, as typing makes) and submits the form, follows a link, or
 * presses a button; then waits for the answers to be drawn.
 */
export async function perform(element: DrivenElement, step: Step): Promise<void> {
  const person = new AuthenticatorHarness(element);
  if ('navigate' in step) {
    await person.follow(step.navigate);
  } else if ('press' in step) {
    const button = element.querySelector<HTMLElement>(step.press);
    if (!button) throw new Error(`Nothing matches ${step.press} on ${element.route}`);
    button.click();
  } else {
    await person.fill(step.fill);
    if (step.submit !== false) await person.submit();
  }
  await person.settle();
}

/** Plays a recipe's steps on an element that already has the recipe's client. */
export async function playRecipe(element: DrivenElement, recipe: ScreenRecipe): Promise<void> {
  await new AuthenticatorHarness(element).settle();
  for (const step of recipe.steps) await perform(element, step);
}
