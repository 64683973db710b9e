/**
 * Property test of the machine: random sequences of what people do and what the client
 * answers. Whatever happens, the machine is on a known screen, every screen has a way out,
 * no call to the client lacks a field it needs, and no state a subscriber sees holds a
 * password.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig } from '../../src/core/config.ts';
import type { AuthEvent, Effect } from '../../src/core/events.ts';
import { transition } from '../../src/core/machine.ts';
import { OPERATION_NAMES, type OperationName, type OperationOutput } from '../../src/core/operations.ts';
import { initialState, publicState, type MachineState } from '../../src/core/state.ts';
import type { AuthSession, FailureField, FailureReason, MfaType, Route, SignInResult } from '../../src/core/types.ts';

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
const call = fc.constantFrom<OperationName>(...OPERATION_NAMES);
/** Failures as the client raises them: a message, maybe a field it belongs beside, maybe what it means. */
const failure = fc.record(
  {
    code: fc.constantFrom(
      'NotAuthorizedException',
      'CodeMismatchException',
      'NetworkError',
      'InvalidPasswordException',
    ),
    key: fc.constant('errors.unknown'),
    reason: fc.constantFrom<FailureReason>(
      'userNotConfirmed',
      'passwordResetRequired',
      'sessionExpired',
      'limitExceeded',
    ),
    field: fc.constantFrom<FailureField>('code', 'username', 'password'),
  },
  { requiredKeys: ['code', 'key'] },
);
const mfaTypes = fc.constantFrom<readonly MfaType[]>(['totp'], ['email'], ['sms', 'totp'], ['totp', 'email'], []);
const challenge = fc.oneof(
  fc.record({
    kind: fc.constant('mfaCode' as const),
    mfaType: fc.constantFrom<MfaType>('totp', 'sms', 'email'),
  }),
  fc.record({ kind: fc.constant('selectMfa' as const), options: mfaTypes }),
  fc.record({ kind: fc.constant('setupMfa' as const), options: mfaTypes }),
  fc.record({
    kind: fc.constant('newPassword' as const),
    requiredAttributes: fc.constantFrom<readonly string[]>([], ['name']),
  }),
  fc.record({ kind: fc.constant('custom' as const), parameters: fc.constant({}) }),
  fc.record({ kind: fc.constant('unsupported' as const), name: fc.constant('WEB_AUTHN') }),
);
const signInResult = fc.oneof(
  fc.constant({ kind: 'signedIn' as const, session }),
  fc.record({ kind: fc.constant('challenge' as const), challenge }),
);

/** An answer of the call named. */
function done<K extends OperationName>(name: K, result: OperationOutput<K>): AuthEvent {
  // `result` is the output of `name`.
  return { type: 'done', call: name, result } as AuthEvent;
}

/** A sign-in step answered: by whichever of the sign-in calls is in flight when it arrives. */
interface SignInAnswer {
  readonly type: 'signInAnswer';
  readonly result: SignInResult;
}

const SIGN_IN_CALLS = ['signIn', 'respondToChallenge', 'verifyTotp', 'signInAfterConfirmation'] as const;

function bind(step: AuthEvent | SignInAnswer, state: MachineState): AuthEvent {
  if (step.type !== 'signInAnswer') return step;
  const inFlight = SIGN_IN_CALLS.find((name) => name === state.inFlight?.type) ?? 'signIn';
  return done(inFlight, step.result);
}

const event: fc.Arbitrary<AuthEvent | SignInAnswer> = fc.oneof(
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
    mfaType: fc.constantFrom('totp', 'email', 'sms', ''),
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
  fc.constantFrom(null, session).map((restored) => done('restoreSession', restored)),
  fc.record({ type: fc.constant('signInAnswer' as const), result: signInResult }),
  fc.record({ confirmed: fc.boolean(), userId: fc.constant('sub') }).map((result) => done('signUp', result)),
  fc.boolean().map((canSignIn) => done('confirmSignUp', canSignIn)),
  fc.constant(done('resendSignUpCode', undefined)),
  fc.constant(done('forgotPassword', undefined)),
  fc.constant(done('confirmForgotPassword', undefined)),
  fc.constant(done('setUpTotp', 'JBSWY3DPEHPK3PXP')),
  fc.constant(done('signOut', {})),
  fc.constant(done('signOut', { globalFailure: { code: 'NetworkError', key: 'errors.network' } })),
  fc
    .constantFrom([], [{ name: 'email', value: 'jane@example.com' }], [{ name: 'phone_number', value: '+15550100199' }])
    .map((contacts) => done('unverifiedContacts', contacts)),
  fc.record({
    type: fc.constant('submitVerifyUser' as const),
    attribute: fc.constantFrom('email', 'phone_number', ''),
  }),
  fc.record({ type: fc.constant('submitConfirmVerifyUser' as const), code: text }),
  fc.record({ type: fc.constant('skipVerification' as const) }),
  fc.constant(done('sendAttributeCode', undefined)),
  fc.constant(done('verifyAttribute', undefined)),
  fc.record({ type: fc.constant('sessionEnded' as const) }),
  fc.record({ type: fc.constant('failed' as const), call, error: failure }),
);

/** The passwords a person typed in an event (a password that is also an everyday word is left out). */
function passwordsTyped(event: AuthEvent): string[] {
  if (!('password' in event) || event.password.length < 8) return [];
  return [event.password];
}

/** Whether `value` holds `secret` anywhere, however deep. */
function holds(value: unknown, secret: string): boolean {
  if (value === secret) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((member) => holds(member, secret));
}

/** The fields each call needs, non-empty. */
function missingFields(effect: Effect): string[] {
  const needed: Record<string, unknown> = { ...effect };
  delete needed.type;
  if (effect.type === 'signUp') delete needed.attributes;
  if (effect.type === 'respondToChallenge' && effect.kind === 'newPassword') delete needed.attributes;
  return Object.entries(needed)
    .filter(([, value]) => value === '' || value === undefined)
    .map(([key]) => `${effect.type}.${key}`);
}

function check(state: MachineState, lastEffect: Effect | undefined): void {
  assert.ok(ROUTES.includes(state.route), `unknown route ${state.route}`);
  if (state.pending) {
    // A pending request always ends: its failure gives the screen back.
    if (lastEffect)
      assert.equal(
        transition(state, {
          type: 'failed',
          call: lastEffect.type,
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
  it('stays on known screens, always offers a way out, never calls the client with a missing field and never shows a password', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = initialState;
        let lastEffect: Effect | undefined;
        const typed: string[] = [];
        for (const step of events) {
          const next = bind(step, state);
          const result = transition(state, next, defaultConfig);
          for (const effect of result.effects) assert.deepEqual(missingFields(effect), []);
          lastEffect = result.effects.at(-1) ?? (result.state.pending ? lastEffect : undefined);
          state = result.state;
          check(state, lastEffect);
          typed.push(...passwordsTyped(next));
          // The username is shown on purpose; a password that was also typed as a username is not a leak.
          const { username, ...shown } = publicState(state);
          for (const password of typed)
            if (password !== username) assert.ok(!holds(shown, password), 'no password shown');
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 10_000) },
    );
  });
});
