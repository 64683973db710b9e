/**
 * A page whose people only sign in with a password loads the sign-in screen and nothing of
 * the other flows' screens: those come in chunks loaded the first time they are shown.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { passwordJourneyFiles } from '../../bench/journey.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the password journey', () => {
  it('loads the sign-in screen, and no other screen, the QR encoder or the challenge answers', async () => {
    const modules = (await passwordJourneyFiles(root)).flatMap((file) => file.modules);
    const screens = modules
      .filter((module) => module.includes('cognito-authenticator/screens/'))
      .map((module) => module.replace(/^.*\/screens\//u, ''))
      .sort();
    assert.ok(screens.includes('sign-in.ts'), 'the sign-in screen is loaded');
    for (const lazy of ['sign-up.ts', 'setup-totp.ts', 'reset-password.ts', 'verify-user.ts', 'custom-challenge.ts']) {
      assert.ok(!screens.includes(lazy), `${lazy} is not loaded`);
    }
    assert.ok(!modules.some((module) => module.endsWith('src/fields/qr-encode.ts')), 'no QR encoder');
    assert.ok(!modules.some((module) => module.endsWith('src/cognito/challenge-answers.ts')), 'no challenge answers');
  });
});
