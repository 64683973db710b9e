/**
 * A page whose people only sign in with a password loads the sign-in screen and nothing of
 * the other flows' screens, fields, styles, calls and words: those come in chunks loaded the
 * first time they are needed.
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

  it("loads the password journey's English, and none of the other screens' fields, styles, calls and words or the other languages' loaders", async () => {
    const modules = (await passwordJourneyFiles(root)).flatMap((file) => file.modules);
    const loaded = (path: string): boolean => modules.some((module) => module.endsWith(path));
    assert.ok(loaded('src/i18n/english/sign-in.json'), "the password journey's English is loaded");
    const lazy: Readonly<Record<string, string>> = {
      'src/i18n/english/screens.json': "the other screens' English",
      'locales/en.json': 'all of English in one file',
      'src/i18n/locale-loaders.ts': "the other languages' loaders",
      'screens/more-fields.ts': "the other screens' fields and parts",
      'src/styles/screens.styles.ts': "the other screens' styles",
      'src/cognito/sign-up.ts': 'the sign-up calls',
      'src/cognito/account-calls.ts': 'the forgotten-password and contact-verification calls',
      'src/cognito/delivery.ts': 'where a code went',
    };
    for (const [path, what] of Object.entries(lazy)) assert.ok(!loaded(path), `${what} (${path}) is not loaded`);
  });

  it('loads no byte of the passwordless flow: its machine flow and settings, screens, Cognito calls or passkey code', async () => {
    const modules = (await passwordJourneyFiles(root)).flatMap((file) => file.modules);
    const lazy = [
      'src/core/flows/passwordless.ts',
      'src/elements/cognito-authenticator/passwordless-settings.ts',
      'src/elements/cognito-authenticator/screens/passwordless.ts',
      'src/cognito/passwordless.ts',
      'src/cognito/passkey.ts',
    ];
    for (const path of lazy) assert.ok(!modules.some((module) => module.endsWith(path)), `${path} is not loaded`);
  });

  it('loads no byte of sign-in through the Cognito domain: its flow, settings, buttons or OAuth code, nor the history', async () => {
    const modules = (await passwordJourneyFiles(root)).flatMap((file) => file.modules);
    const lazy = [
      'src/core/flows/federation.ts',
      'src/core/flows/kit-names.ts',
      'src/elements/cognito-authenticator/federation-settings.ts',
      'src/elements/cognito-authenticator/screens/federation.ts',
      'src/cognito/federation.ts',
      'src/elements/cognito-authenticator/history-controller.ts',
    ];
    for (const path of lazy) assert.ok(!modules.some((module) => module.endsWith(path)), `${path} is not loaded`);
  });
});
