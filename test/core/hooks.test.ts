/**
 * Hooks around the client's calls: what they are shown (never a password, a code or a
 * token) and what they cannot stop (a sign-out).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAuthenticator } from '../../src/core/authenticator.ts';
import { withHooks, type AuthCall } from '../../src/core/hooks.ts';
import { createScriptedClient, fakeSession } from '../../src/testing.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every string anywhere in `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

describe('hooks', () => {
  it('never see the password, the code or the tokens', async () => {
    const seen: unknown[] = [];
    const client = createScriptedClient();
    const hooked = withHooks(client, {
      beforeCall: (call: AuthCall) => void seen.push(call),
      afterCall: (call) => void seen.push(call),
    });
    await hooked.signIn({ username: 'jane', password: 'Secret-Passw0rd' });
    await hooked.confirmSignUp({ username: 'jane', code: '987654' });
    await hooked.restoreSession();
    const shown = strings(seen);
    assert.ok(shown.includes('jane'), 'the username is shown');
    for (const secret of ['Secret-Passw0rd', '987654', ...Object.values(fakeSession.tokens).map(String)])
      assert.equal(shown.includes(secret), false, `${secret} reached a hook`);
    assert.ok(shown.includes('[redacted]'));
    // The client itself still gets what was typed.
    assert.equal(client.inputsOf('signIn')[0]?.password, 'Secret-Passw0rd');
  });

  it('cannot stop a sign-out: a beforeCall that throws still leaves the person signed out', async () => {
    const client = createScriptedClient({ restoreSession: () => fakeSession });
    const refusing = withHooks(client, {
      beforeCall: ({ name }) => {
        if (name === 'signOut') throw new Error('analytics is down');
      },
    });
    const authenticator = createAuthenticator({ client: refusing });
    authenticator.start();
    await settle();
    assert.equal(authenticator.state.route, 'authenticated');
    authenticator.send({ type: 'signOut' });
    await settle();
    assert.deepEqual(
      client.calls.map((call) => call.name),
      ['restoreSession', 'signOut'],
      'the client signed out (its tokens are gone)',
    );
    assert.equal(authenticator.state.route, 'signIn');
  });

  it('can still stop any other call', async () => {
    const client = createScriptedClient();
    const refusing = withHooks(client, {
      beforeCall: () => {
        throw new Error('not now');
      },
    });
    await assert.rejects(refusing.signIn({ username: 'jane', password: 'pw' }), /not now/u);
    assert.deepEqual(client.calls, []);
  });
});
