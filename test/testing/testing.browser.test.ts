/**
 * `cognito-authenticator/testing` as an app uses it: the element on a page with the
 * scripted client, driven and read with the harness alone (no keyboard commands, no test
 * runner helpers beyond mounting).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import en from '../../locales/en.json' with { type: 'json' };
import {
  AuthenticatorHarness,
  challenge,
  createScriptedClient,
  fails,
  smsDelivery,
  type ScriptedClient,
} from '../../src/testing.ts';

/** The element with `client`, the app's own content inside, on its first screen. */
async function mount(client: ScriptedClient): Promise<AuthenticatorHarness> {
  const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator .client=${client}>
    <p id="app">Welcome to the app</p>
  </cognito-authenticator>`);
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  return harness;
}

const password = 'Correct-Horse-9';

describe('cognito-authenticator/testing', () => {
  it('signs in with a password and a code sent by text message, and records every call', async () => {
    const client = createScriptedClient({
      signIn: challenge({ kind: 'mfaCode', mfaType: 'sms', delivery: smsDelivery }),
    });
    const harness = await mount(client);
    const app = (): boolean | undefined => harness.element.querySelector('#app')?.checkVisibility();
    expect(app(), 'the app before sign-in').to.equal(false);
    await harness.fill({ username: 'jane', password });
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    expect(harness.text()).to.contain(en.confirmSignIn.sms.replace('{{destination}}', smsDelivery.destination));
    await harness.fill({ code: '123456' });
    await harness.submit();
    await harness.waitForScreen('authenticated');
    expect(app(), 'the app once signed in').to.equal(true);
    expect(client.inputsOf('signIn')).to.deep.equal([{ username: 'jane', password }]);
    expect(client.inputsOf('respondToChallenge')).to.deep.equal([{ kind: 'mfaCode', code: '123456' }]);
    expect(client.calls.map((call) => call.name)).to.deep.equal([
      'restoreSession',
      'signIn',
      'respondToChallenge',
      'unverifiedContacts',
    ]);
  });

  it('shows a scripted failure beside the field it belongs to, and none above the form', async () => {
    const client = createScriptedClient({
      signIn: challenge({ kind: 'mfaCode', mfaType: 'totp' }),
      respondToChallenge: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }),
    });
    const harness = await mount(client);
    await harness.fill({ username: 'jane', password });
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    await harness.fill({ code: '111111' });
    await harness.submit();
    expect(await harness.waitForFieldError('code')).to.equal(en.errors.codeMismatch);
    expect(harness.formError()).to.equal('');
    expect(harness.screen).to.equal('confirmSignIn');
  });

  it('shows a failure without a field above the form', async () => {
    const client = createScriptedClient({ signIn: fails('NotAuthorizedException', 'errors.notAuthorized') });
    const harness = await mount(client);
    await harness.fill({ username: 'jane', password: 'Wrong-Horse-9' });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal(en.errors.notAuthorized);
    expect(harness.screen).to.equal('signIn');
  });

  it('follows links, presses buttons by their text and reads the notice', async () => {
    const client = createScriptedClient();
    const harness = await mount(client);
    await harness.follow('resetPassword');
    await harness.waitForScreen('resetPassword');
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmResetPassword');
    expect(harness.notice()).to.equal('');
    await harness.click(en.confirmResetPassword.resend);
    await harness.settle();
    expect(harness.notice()).to.equal(en.confirmResetPassword.resent);
    expect(client.inputsOf('forgotPassword')).to.deep.equal([{ username: 'jane' }, { username: 'jane' }]);
  });
});
