/** The verify-contact flow: an unverified email or phone number offered after sign-in. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transition } from '../../../src/core/machine.ts';
import { done, onSignIn, run, session } from './support.ts';

describe('verifying a contact after sign-in', () => {
  const checking = run(
    [{ type: 'submitSignIn', username: 'jane', password: 'x' }, done('signIn', { kind: 'signedIn', session })],
    onSignIn,
  ).state;
  const contacts = [
    { name: 'email', value: 'jane@example.com' },
    { name: 'phone_number', value: '+15550100199' },
  ];
  const onVerify = transition(checking, done('unverifiedContacts', contacts)).state;

  it('offers the unverified contacts before the app', () => {
    assert.equal(onVerify.route, 'verifyUser');
    assert.deepEqual(onVerify.contacts, contacts);
  });

  it('sends a code to the chosen contact and verifies it, then opens the app', () => {
    const send = transition(onVerify, { type: 'submitVerifyUser', attribute: 'phone_number' });
    assert.deepEqual(send.effects, [{ type: 'sendAttributeCode', attribute: 'phone_number' }]);
    const onCode = transition(send.state, done('sendAttributeCode', undefined)).state;
    assert.equal(onCode.route, 'confirmVerifyUser');
    const verify = transition(onCode, { type: 'submitConfirmVerifyUser', code: '123 456' });
    assert.deepEqual(verify.effects, [{ type: 'verifyAttribute', attribute: 'phone_number', code: '123456' }]);
    assert.equal(transition(verify.state, done('verifyAttribute', undefined)).state.route, 'authenticated');
  });

  it('can be skipped from either screen', () => {
    assert.equal(transition(onVerify, { type: 'skipVerification' }).state.route, 'authenticated');
  });

  it('never keeps anyone out when the check fails', () => {
    const { state } = transition(checking, {
      type: 'failed',
      call: 'unverifiedContacts',
      error: { code: 'NetworkError', key: 'errors.network' },
    });
    assert.equal(state.route, 'authenticated');
  });
});
