/**
 * Property test of the machine: random sequences of what people do and what the client
 * answers. Whatever happens, the machine is on a known screen, every screen has a way out,
 * and no call to the client lacks a field it needs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  defaultConfig,
  initialState,
  transition,
  type AuthEvent,
  type AuthState,
  type Effect,
} from '../../src/core/machine.ts';
import type { AuthSession, Route } from '../../src/core/types.ts';

const ROUTES: readonly Route[] = [
  'idle',
  'setup',
  'signIn',
  'signUp',
  'confirmSignUp',
  'confirmSignIn',
  'selectMfaType',
  'setupTotp',
  'setupEmail',
  'forceNewPassword',
  'resetPassword',
  'confirmResetPassword',
  'verifyUser',
  'confirmVerifyUser',
  'customChallenge',
  'authenticated',
];

const session: AuthSession = {
  user: { username: 'jane', userId: 'sub', attributes: {} },
  tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresAt: 0 },
};

const text = fc.oneof(
  {
    arbitrary: fc.constantFrom('', ' ', 'jane', 'jane@example.com', '+15550100199', 'Passw0rd!', '123456', 'x'),
    weight: 5,
  },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
/** A password and its confirmation: mostly the same. */
const passwords = fc.oneof(
  { arbitrary: text.map((value) => [value, value] as const), weight: 3 },
  { arbitrary: fc.tuple(text, text), weight: 1 },
);
const effectType = fc.constantFrom<Effect['type']>(
  'restoreSession',
  'signIn',
  'signUp',
  'confirmSignUp',
  'resendSignUpCode',
  'respondToChallenge',
  'setUpTotp',
  'verifyTotp',
  'checkContacts',
  'sendAttributeCode',
  'verifyAttribute',
  'forgotPassword',
  'confirmForgotPassword',
  'signOut',
);
const errorCode = fc.constantFrom(
  'NotAuthorizedException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
  'CodeMismatchException',
  'UsernameExistsException',
  'LimitExceededException',
  'NetworkError',
  'InvalidPasswordException',
);
const challengeName = fc.constantFrom(
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'NEW_PASSWORD_REQUIRED',
  'CUSTOM_CHALLENGE',
  'WEB_AUTHN',
);
const mfaList = fc.constantFrom(
  '["SOFTWARE_TOKEN_MFA"]',
  '["EMAIL_OTP"]',
  '["SMS_MFA","SOFTWARE_TOKEN_MFA"]',
  '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
  '[]',
  'not json',
);

const event: fc.Arbitrary<AuthEvent> = fc.oneof(
  fc.record({ type: fc.constant('start' as const) }),
  fc.record({
    type: fc.constant('navigate' as const),
    route: fc.constantFrom('signIn' as const, 'signUp' as const, 'resetPassword' as const),
  }),
  fc.record({ type: fc.constant('submitSignIn' as const), username: text, password: text }),
  fc.tuple(text, passwords, text).map(([username, [password, confirmPassword], email]) => ({
    type: 'submitSignUp' as const,
    username,
    password,
    confirmPassword,
    attributes: { email },
  })),
  fc.record({ type: fc.constant('submitConfirmSignUp' as const), code: text }),
  fc.record({ type: fc.constant('resendSignUpCode' as const) }),
  fc.record({ type: fc.constant('submitConfirmSignIn' as const), code: text }),
  fc.record({
    type: fc.constant('submitSelectMfaType' as const),
    mfaType: fc.constantFrom('SOFTWARE_TOKEN_MFA', 'EMAIL_OTP', 'SMS_MFA', ''),
  }),
  fc.record({ type: fc.constant('submitSetupTotp' as const), code: text }),
  fc.record({ type: fc.constant('submitSetupEmail' as const), email: text }),
  fc.record({ type: fc.constant('submitCustomChallenge' as const), answer: text }),
  fc.tuple(passwords, text).map(([[password, confirmPassword], name]) => ({
    type: 'submitForceNewPassword' as const,
    password,
    confirmPassword,
    attributes: { name },
  })),
  fc.record({ type: fc.constant('submitResetPassword' as const), username: text }),
  fc.tuple(text, passwords).map(([code, [password, confirmPassword]]) => ({
    type: 'submitConfirmResetPassword' as const,
    code,
    password,
    confirmPassword,
  })),
  fc.record({ type: fc.constant('resendResetCode' as const) }),
  fc.record({ type: fc.constant('signOut' as const), global: fc.boolean() }),
  fc.record({ type: fc.constant('restored' as const), session: fc.constantFrom(null, session) }),
  fc.record({ type: fc.constant('signedIn' as const), session: fc.constant(session) }),
  fc.record({
    type: fc.constant('challenged' as const),
    challenge: fc.record({
      name: challengeName,
      parameters: fc.record({
        MFAS_CAN_CHOOSE: mfaList,
        MFAS_CAN_SETUP: mfaList,
        requiredAttributes: fc.constantFrom('[]', '["userAttributes.name"]'),
      }),
    }),
  }),
  fc.record({
    type: fc.constant('signedUp' as const),
    result: fc.record({ confirmed: fc.boolean(), userId: fc.constant('sub') }),
  }),
  fc.record({ type: fc.constant('confirmedSignUp' as const), canSignIn: fc.boolean() }),
  fc.record({ type: fc.constant('codeResent' as const) }),
  fc.record({ type: fc.constant('resetCodeSent' as const) }),
  fc.record({ type: fc.constant('passwordReset' as const) }),
  fc.record({ type: fc.constant('totpSecretReady' as const), secret: fc.constant('JBSWY3DPEHPK3PXP') }),
  fc.record({ type: fc.constant('signedOut' as const) }),
  fc.record({
    type: fc.constant('contactsChecked' as const),
    contacts: fc.constantFrom(
      [],
      [{ name: 'email', value: 'jane@example.com' }],
      [{ name: 'phone_number', value: '+15550100199' }],
    ),
  }),
  fc.record({
    type: fc.constant('submitVerifyUser' as const),
    attribute: fc.constantFrom('email', 'phone_number', ''),
  }),
  fc.record({ type: fc.constant('submitConfirmVerifyUser' as const), code: text }),
  fc.record({ type: fc.constant('skipVerification' as const) }),
  fc.record({ type: fc.constant('attributeCodeSent' as const) }),
  fc.record({ type: fc.constant('attributeVerified' as const) }),
  fc.record({ type: fc.constant('sessionEnded' as const) }),
  fc.record({
    type: fc.constant('failed' as const),
    effect: effectType,
    error: fc.record({ code: errorCode, key: fc.constant('errors.unknown') }),
  }),
);

/** The fields each call needs, non-empty. */
function missingFields(effect: Effect): string[] {
  const needed: Record<string, unknown> = { ...effect };
  delete needed.type;
  if (effect.type === 'signUp')
    Object.assign(needed, { username: effect.input.username, password: effect.input.password });
  if (effect.type === 'respondToChallenge')
    Object.assign(needed, ...Object.entries(effect.responses).map(([key, value]) => ({ [key]: value })));
  return Object.entries(needed)
    .filter(([, value]) => value === '' || value === undefined)
    .map(([key]) => `${effect.type}.${key}`);
}

function check(state: AuthState, lastEffect: Effect | undefined): void {
  assert.ok(ROUTES.includes(state.route), `unknown route ${state.route}`);
  if (state.pending) {
    // A pending request always ends: its failure gives the screen back.
    if (lastEffect)
      assert.equal(
        transition(state, {
          type: 'failed',
          effect: lastEffect.type,
          error: { code: 'NetworkError', key: 'errors.network' },
        }).state.pending,
        false,
      );
    return;
  }
  if (state.route === 'authenticated') {
    assert.equal(transition(state, { type: 'signOut' }).effects.length, 1, 'signed in, sign-out must be possible');
  } else if (state.route === 'verifyUser' || state.route === 'confirmVerifyUser') {
    assert.equal(
      transition(state, { type: 'skipVerification' }).state.route,
      'authenticated',
      `no way past ${state.route}`,
    );
  } else if (state.route !== 'idle' && state.route !== 'setup' && state.route !== 'signIn') {
    assert.equal(
      transition(state, { type: 'navigate', route: 'signIn' }).state.route,
      'signIn',
      `no way out of ${state.route}`,
    );
  }
}

describe('the machine under random sequences', () => {
  it('stays on known screens, always offers a way out, and never calls the client with a missing field', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = initialState;
        let lastEffect: Effect | undefined;
        for (const next of events) {
          const result = transition(state, next, defaultConfig);
          for (const effect of result.effects) assert.deepEqual(missingFields(effect), []);
          lastEffect = result.effects.at(-1) ?? (result.state.pending ? lastEffect : undefined);
          state = result.state;
          check(state, lastEffect);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 10_000) },
    );
  });
});
