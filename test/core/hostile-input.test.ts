/**
 * Hostile and unusual input, at least 200 values per kind of field: what client validation
 * refuses gets a message and sends nothing; what it lets through reaches the client
 * normalised as Cognito expects (trimmed usernames, E.164 numbers, code digits only).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../src/core/config.ts';
import type { Effect } from '../../src/core/events.ts';
import { transition } from '../../src/core/machine.ts';
import { initialState, type MachineState as AuthState } from '../../src/core/state.ts';

const SEEDS = [
  '',
  ' ',
  '\t\n',
  'a'.repeat(10_000),
  '\u0000abc',
  'ab\u0007c',
  '\u202Eevil',
  'ze\u200Bro',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  'раура1',
  'ジェーン',
  'يوسف',
  'יוסף',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '{{interpolation}}',
  '${7*7}',
  '#{7*7}',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  'jane',
  'Jane.Doe_42',
  'jane@example.com',
  'jane@@example.com',
  'jane@example',
  '@example.com',
  'jane@exa mple.com',
  '+15550100199',
  '+1 (555) 010-0199',
  '5550100199',
  '+0123',
  '+1555010019912345678',
  '123456',
  '123 456',
  '١٢٣٤٥٦',
  '12ab56',
  '\uFEFFbom',
  'a\u00A0b',
  '%00',
  '\\',
  '𝓙𝓪𝓷𝓮',
  'ﬁx',
  '۱۲۳۴۵۶',
];
const VARIANTS: ((seed: string) => string)[] = [
  (seed) => seed,
  (seed) => `  ${seed}  `,
  (seed) => `${seed}${seed}`,
  (seed) => seed.toUpperCase(),
  (seed) => `x${seed}`,
];
/** Every seed in every variant: over 200 values. */
const CORPUS = [...new Set(SEEDS.flatMap((seed) => VARIANTS.map((variant) => variant(seed))))];

const signedOut = transition(transition(initialState, { type: 'start' }).state, {
  type: 'done',
  call: 'restoreSession',
  result: null,
}).state;

function submit(
  state: AuthState,
  event: Parameters<typeof transition>[1],
  config: AuthenticatorConfig,
): { effect: Effect | undefined; errors: Readonly<Record<string, unknown>> } {
  const result = transition(state, event, config);
  return { effect: result.effects[0], errors: result.state.fieldErrors ?? {} };
}

/** Exactly one outcome: a request with a normalised value, or a message beside the field and no request. */
function check(
  value: string,
  field: string,
  outcome: { effect: Effect | undefined; errors: Readonly<Record<string, unknown>> },
  sent: (effect: Effect) => string,
  valid: (normalised: string) => boolean,
): void {
  if (outcome.effect) {
    assert.deepEqual(outcome.errors, {}, JSON.stringify(value));
    assert.ok(
      valid(sent(outcome.effect)),
      `${JSON.stringify(value).slice(0, 80)} was sent as ${JSON.stringify(sent(outcome.effect)).slice(0, 80)}`,
    );
  } else {
    assert.ok(
      outcome.errors[field],
      `${JSON.stringify(value).slice(0, 80)}: no request and no message beside ${field}`,
    );
  }
}

describe('hostile input', () => {
  it(`has at least 200 values per field (${CORPUS.length})`, () => {
    assert.ok(CORPUS.length >= 200);
  });

  it("usernames: refused with a message, or sent trimmed and in Cognito's pattern", () => {
    for (const value of CORPUS) {
      const outcome = submit(
        signedOut,
        { type: 'submitSignIn', username: value, password: 'Passw0rd!' },
        defaultConfig,
      );
      check(
        value,
        'username',
        outcome,
        (effect) => (effect.type === 'signIn' ? effect.username : ''),
        (sent) => sent === value.trim() && /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(sent),
      );
    }
  });

  it('email addresses: refused with a message, or sent trimmed as an address', () => {
    const config: AuthenticatorConfig = { ...defaultConfig, loginMechanisms: ['email'] };
    for (const value of CORPUS) {
      const outcome = submit(signedOut, { type: 'submitSignIn', username: value, password: 'Passw0rd!' }, config);
      check(
        value,
        'username',
        outcome,
        (effect) => (effect.type === 'signIn' ? effect.username : ''),
        (sent) => sent === value.trim() && sent.length <= 254 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/u.test(sent),
      );
    }
  });

  it('phone numbers: refused with a message, or sent in E.164', () => {
    const config: AuthenticatorConfig = { ...defaultConfig, loginMechanisms: ['phone_number'] };
    for (const value of CORPUS) {
      const outcome = submit(signedOut, { type: 'submitSignIn', username: value, password: 'Passw0rd!' }, config);
      check(
        value,
        'username',
        outcome,
        (effect) => (effect.type === 'signIn' ? effect.username : ''),
        (sent) => /^\+[1-9]\d{1,14}$/u.test(sent),
      );
    }
  });

  it('codes: refused with a message, or sent as digits only', () => {
    const onConfirm = transition(
      transition(transition(signedOut, { type: 'navigate', route: 'signUp' }).state, {
        type: 'submitSignUp',
        username: 'jane',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
        attributes: { email: 'jane@example.com' },
      }).state,
      { type: 'done', call: 'signUp', result: { confirmed: false, userId: 'sub' } },
    ).state;
    for (const value of CORPUS) {
      const outcome = submit(onConfirm, { type: 'submitConfirmSignUp', code: value }, defaultConfig);
      check(
        value,
        'code',
        outcome,
        (effect) => (effect.type === 'confirmSignUp' ? effect.code : ''),
        (sent) => /^\d{4,10}$/u.test(sent),
      );
    }
  });

  it("new passwords and attributes: refused with a message, or sent within Cognito's limits", () => {
    const onSignUp = transition(signedOut, { type: 'navigate', route: 'signUp' }).state;
    const config: AuthenticatorConfig = { ...defaultConfig, signUpAttributes: ['email', 'name'] };
    for (const value of CORPUS) {
      const password = submit(
        onSignUp,
        {
          type: 'submitSignUp',
          username: 'jane',
          password: value,
          confirmPassword: value,
          attributes: { email: 'jane@example.com', name: 'Jane' },
        },
        config,
      );
      check(
        value,
        'password',
        password,
        (effect) => (effect.type === 'signUp' ? (effect.password ?? '') : ''),
        (sent) => sent === value && sent === sent.trim() && sent.length <= 256 && !/[\p{Cc}\p{Cf}]/u.test(sent),
      );
      const name = submit(
        onSignUp,
        {
          type: 'submitSignUp',
          username: 'jane',
          password: 'Passw0rd!',
          confirmPassword: 'Passw0rd!',
          attributes: { email: 'jane@example.com', name: value },
        },
        config,
      );
      check(
        value,
        'name',
        name,
        (effect) => (effect.type === 'signUp' ? (effect.attributes.name ?? '') : ''),
        (sent) => sent === value.trim() && sent.length <= 2048 && !/[\p{Cc}\p{Cf}]/u.test(sent),
      );
    }
  });
  it("sign-in passwords and custom-challenge answers: refused with a message, or sent whole within Cognito's limits", () => {
    const onChallenge = transition(
      transition(signedOut, { type: 'submitSignIn', username: 'jane', password: 'Passw0rd!' }).state,
      { type: 'done', call: 'signIn', result: { kind: 'challenge', challenge: { kind: 'custom', parameters: {} } } },
    ).state;
    assert.equal(onChallenge.route, 'customChallenge');
    for (const value of [...CORPUS, 'p'.repeat(256), 'p'.repeat(257), 'a'.repeat(2048), 'a'.repeat(2049)]) {
      const password = submit(signedOut, { type: 'submitSignIn', username: 'jane', password: value }, defaultConfig);
      check(
        value,
        'password',
        password,
        (effect) => (effect.type === 'signIn' ? effect.password : ''),
        (sent) => sent === value && sent.length <= 256,
      );
      const answer = submit(onChallenge, { type: 'submitCustomChallenge', answer: value }, defaultConfig);
      check(
        value,
        'answer',
        answer,
        (effect) => (effect.type === 'respondToChallenge' && effect.kind === 'custom' ? effect.answer : ''),
        (sent) => sent === value && sent.length <= 2048,
      );
    }
  });
});
