/**
 * The scripted client of `cognito-authenticator/testing`: a happy path for every call of
 * the operations table, scripts that change single answers, and the record of the calls.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OPERATION_NAMES, callClient } from '../../src/core/operations.ts';
import { AuthError, type SessionChange } from '../../src/core/types.ts';
import {
  challenge,
  createScriptedClient,
  emailDelivery,
  fails,
  fakeSession,
  fakeTotpSecret,
  inTurn,
  pending,
} from '../../src/testing.ts';

/** The failure a call rejected with. */
async function failureOf(call: Promise<unknown>): Promise<AuthError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof AuthError, 'an AuthError');
    return error;
  }
  assert.fail('the call succeeded');
}

describe('the scripted client', () => {
  it('answers every call of the operations table as the happy path does', async () => {
    const client = createScriptedClient();
    const signedIn = { kind: 'signedIn', session: fakeSession };
    assert.equal(await client.restoreSession(), null);
    assert.deepEqual(await client.signIn({ username: 'jane', password: 'pw' }), signedIn);
    assert.deepEqual(await client.signUp({ username: 'jane', password: 'pw', attributes: {} }), {
      confirmed: false,
      userId: fakeSession.user.userId,
      delivery: emailDelivery,
    });
    assert.equal(await client.confirmSignUp({ username: 'jane', code: '1' }), true);
    assert.deepEqual(await client.signInAfterConfirmation({ username: 'jane' }), signedIn);
    assert.deepEqual(await client.resendSignUpCode({ username: 'jane' }), emailDelivery);
    assert.deepEqual(await client.respondToChallenge({ kind: 'mfaCode', code: '1' }), signedIn);
    assert.equal(await client.setUpTotp(), fakeTotpSecret);
    assert.deepEqual(await client.verifyTotp({ code: '1' }), signedIn);
    assert.deepEqual(await client.unverifiedContacts(), []);
    assert.deepEqual(await client.sendAttributeCode({ attribute: 'email' }), emailDelivery);
    // Calls that answer nothing resolve.
    await client.verifyAttribute({ attribute: 'email', code: '1' });
    assert.deepEqual(await client.forgotPassword({ username: 'jane' }), emailDelivery);
    await client.confirmForgotPassword({ username: 'jane', code: '1', password: 'pw' });
    await client.signOut({ global: true });
    assert.deepEqual(await client.startUserAuth({ username: 'jane', method: 'email-otp' }), signedIn);
    assert.deepEqual(await client.listPasskeys(), []);
    await client.registerPasskey();
    assert.deepEqual(await client.federatedSignIn({ provider: 'Google' }), signedIn);
    assert.deepEqual(
      client.calls.map((call) => call.name),
      OPERATION_NAMES,
    );
  });

  it('records each call with its input, secrets as given, in order', async () => {
    const client = createScriptedClient();
    await client.signIn({ username: 'jane', password: 'Correct-Horse-9' });
    await client.restoreSession();
    await client.signIn({ username: 'john', password: 'Battery-Staple-7' });
    assert.deepEqual(client.calls, [
      { name: 'signIn', input: { username: 'jane', password: 'Correct-Horse-9' } },
      { name: 'restoreSession', input: undefined },
      { name: 'signIn', input: { username: 'john', password: 'Battery-Staple-7' } },
    ]);
    assert.deepEqual(
      client.inputsOf('signIn').map((input) => input.username),
      ['jane', 'john'],
    );
    assert.deepEqual(client.inputsOf('signUp'), []);
  });

  it('answers from the script where it has an answer, given the input', async () => {
    const client = createScriptedClient({
      signIn: ({ username }) => ({ kind: 'challenge', challenge: { kind: 'custom', parameters: { username } } }),
      respondToChallenge: challenge({ kind: 'selectMfa', options: ['totp', 'email'] }),
    });
    assert.deepEqual(await client.signIn({ username: 'jane', password: 'pw' }), {
      kind: 'challenge',
      challenge: { kind: 'custom', parameters: { username: 'jane' } },
    });
    assert.deepEqual(await client.respondToChallenge({ kind: 'mfaCode', code: '1' }), {
      kind: 'challenge',
      challenge: { kind: 'selectMfa', options: ['totp', 'email'] },
    });
    // What the script leaves out answers as the happy path does.
    assert.deepEqual(await client.signUp({ username: 'jane', password: 'pw', attributes: {} }), {
      confirmed: false,
      userId: fakeSession.user.userId,
      delivery: emailDelivery,
    });
  });

  it('fails with a code and key, or with a whole failure carrying its reason and field', async () => {
    const client = createScriptedClient({
      signIn: fails('UserLambdaValidationException', 'errors.lambdaValidation', 'Paused until 14:00.'),
      confirmSignUp: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }),
      forgotPassword: fails({ code: 'UserNotConfirmedException', key: 'errors.x', reason: 'userNotConfirmed' }),
      signUp: () => {
        throw new AuthError({ code: 'UsernameExistsException', key: 'errors.usernameExists', field: 'username' });
      },
    });
    const lambda = await failureOf(client.signIn({ username: 'jane', password: 'pw' }));
    assert.deepEqual(
      [lambda.code, lambda.key, lambda.detail],
      ['UserLambdaValidationException', 'errors.lambdaValidation', 'Paused until 14:00.'],
    );
    const mismatch = await failureOf(client.confirmSignUp({ username: 'jane', code: '1' }));
    assert.deepEqual(
      [mismatch.code, mismatch.key, mismatch.field],
      ['CodeMismatchException', 'errors.codeMismatch', 'code'],
    );
    const unconfirmed = await failureOf(client.forgotPassword({ username: 'jane' }));
    assert.equal(unconfirmed.reason, 'userNotConfirmed');
    const exists = await failureOf(client.signUp({ username: 'jane', password: 'pw', attributes: {} }));
    assert.equal(exists.field, 'username');
  });

  it('answers in turn, then keeps giving the last answer', async () => {
    const client = createScriptedClient({
      forgotPassword: inTurn(() => emailDelivery, fails('LimitExceededException', 'errors.limitExceeded')),
    });
    assert.deepEqual(await client.forgotPassword({ username: 'jane' }), emailDelivery);
    assert.equal((await failureOf(client.forgotPassword({ username: 'jane' }))).key, 'errors.limitExceeded');
    assert.equal((await failureOf(client.forgotPassword({ username: 'jane' }))).key, 'errors.limitExceeded');
  });

  it('leaves a pending call unanswered, and records it', async () => {
    const client = createScriptedClient({ restoreSession: pending() });
    const answer = await Promise.race([
      client.restoreSession().then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still pending'), 20)),
    ]);
    assert.equal(answer, 'still pending');
    assert.deepEqual(
      client.calls.map((call) => call.name),
      ['restoreSession'],
    );
  });

  it('takes delayMs for every call, and records the call at once', async () => {
    const client = createScriptedClient({}, { delayMs: 40 });
    const started = Date.now();
    const answer = callClient(client, 'setUpTotp', undefined);
    assert.equal(client.calls.length, 1);
    assert.equal(await answer, fakeTotpSecret);
    assert.ok(Date.now() - started >= 35, `answered after ${String(Date.now() - started)} ms`);
  });

  it('tells session listeners what emit says, until they unsubscribe', () => {
    const client = createScriptedClient();
    const heard: SessionChange[] = [];
    const unsubscribe = client.onSessionChange((change) => heard.push(change));
    client.emit({ type: 'refreshed', session: fakeSession });
    unsubscribe();
    client.emit({ type: 'ended' });
    assert.deepEqual(heard, [{ type: 'refreshed', session: fakeSession }]);
  });
});
