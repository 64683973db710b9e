/** The machine routes events between the flows; links between signed-out screens are its own. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transition } from '../../src/core/machine.ts';
import { onSignIn } from './flows/support.ts';

describe('navigation', () => {
  it('carries the username typed on the screen being left', () => {
    const { state } = transition(onSignIn, { type: 'navigate', route: 'signUp', username: ' jane ' });
    assert.equal(state.route, 'signUp');
    assert.equal(state.username, 'jane');
  });

  it('does not leave a screen while a request is pending', () => {
    const pending = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'x' }).state;
    assert.equal(transition(pending, { type: 'navigate', route: 'signUp' }).state.route, 'signIn');
  });
});
