/**
 * Settings changed while someone is in the middle of the journey: labels, the password
 * policy, which screens are offered, the app's hooks. None of them restarts anything: the
 * screen, its step and what was typed stay. Only what identifies the client starts anew.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { AuthCall, CognitoAuthenticator } from '../../src/index.ts';
import { AuthenticatorHarness } from '../support/harness.js';
import { createScriptedClient, smsDelivery, type ScriptedClient } from '../../src/testing.ts';

/** A client whose sign-in asks for a code sent by text message. */
function mfaClient(): ScriptedClient {
  return createScriptedClient({
    signIn: () =>
      Promise.resolve({ kind: 'challenge', challenge: { kind: 'mfaCode', mfaType: 'sms', delivery: smsDelivery } }),
  });
}

async function mount(client: ScriptedClient, initialScreen = 'signIn'): Promise<AuthenticatorHarness> {
  const element = await fixture<CognitoAuthenticator>(
    html`<cognito-authenticator .client=${client} initial-screen=${initialScreen}></cognito-authenticator>`,
  );
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen(initialScreen);
  return harness;
}

function labelOf(harness: AuthenticatorHarness, name: string): string | undefined {
  return harness.element.querySelector(`label[for="${harness.input(name).id}"]`)?.textContent;
}

/** Lets every answer and update that a change could set off arrive. */
async function settle(element: CognitoAuthenticator): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function toCodeScreen(client: ScriptedClient): Promise<AuthenticatorHarness> {
  const harness = await mount(client);
  await harness.fill({ username: 'jane', password: 'Passw0rd!' });
  await harness.submit();
  await harness.waitForScreen('confirmSignIn');
  await harness.type('code', '1234');
  return harness;
}

const SIGN_UP_VALUES = {
  username: 'jane',
  'attribute:email': 'jane@example.com',
  'attribute:name': 'Jane Doe',
  password: 'Passw0rd!',
  confirmPassword: 'Passw0rd!',
};

describe('<cognito-authenticator> settings changed during the journey', () => {
  it('relabels the code field on the MFA code screen and keeps the step and the code typed', async () => {
    const client = mfaClient();
    const harness = await toCodeScreen(client);
    harness.element.formFields = { confirmSignIn: { code: { label: 'Code from your text message' } } };
    await settle(harness.element);
    expect(harness.screen).to.equal('confirmSignIn');
    expect(harness.element.route).to.equal('confirmSignIn');
    expect(labelOf(harness, 'code')).to.equal('Code from your text message');
    expect(harness.input('code').value).to.equal('1234');
    expect(harness.text()).to.contain(smsDelivery.destination);
    expect(client.calls.map((call) => call.name)).to.deep.equal(['restoreSession', 'signIn']);
  });

  it('keeps the MFA code screen when every other setting of the journey changes, and calls the hooks given last', async () => {
    const client = mfaClient();
    const harness = await toCodeScreen(client);
    const calls: string[] = [];
    Object.assign(harness.element, {
      hideSignUp: true,
      loginMechanisms: ['email'],
      signUpAttributes: ['email', 'name'],
      initialScreen: 'signUp',
      skipContactVerification: true,
      passwordPolicy: { ...harness.element.passwordPolicy, minLength: 12 },
      hooks: {
        beforeCall: ({ name }: AuthCall) => {
          calls.push(name);
        },
      },
    });
    await settle(harness.element);
    expect(harness.screen).to.equal('confirmSignIn');
    expect(harness.input('code').value).to.equal('1234');
    expect(client.calls.map((call) => call.name)).to.deep.equal(['restoreSession', 'signIn']);
    await harness.submit();
    await settle(harness.element);
    expect(harness.element.route).to.equal('authenticated');
    // Contacts are not checked: the new setting is in force, and the new hooks saw the call.
    expect(calls).to.deep.equal(['respondToChallenge']);
  });

  it('relabels, reorders and adds sign-up fields and keeps every value typed in its own field', async () => {
    const client = createScriptedClient();
    const harness = await mount(client, 'signUp');
    harness.element.signUpAttributes = ['email', 'name'];
    await settle(harness.element);
    await harness.fill(SIGN_UP_VALUES);
    harness.element.formFields = {
      signUp: { name: { label: 'Full name', order: -1 }, email: { placeholder: 'you@work' } },
    };
    await settle(harness.element);
    expect(harness.screen).to.equal('signUp');
    expect(labelOf(harness, 'attribute:name')).to.equal('Full name');
    expect(harness.input('attribute:email').placeholder).to.equal('you@work');
    const names = [...harness.element.querySelectorAll('form input')].map((input) => input.getAttribute('name'));
    expect(names[0]).to.equal('attribute:name');
    for (const [name, value] of Object.entries(SIGN_UP_VALUES)) expect(harness.input(name).value, name).to.equal(value);
    harness.element.signUpAttributes = ['custom:company', 'email', 'name'];
    await settle(harness.element);
    expect(harness.input('attribute:custom:company').value).to.equal('');
    for (const [name, value] of Object.entries(SIGN_UP_VALUES)) expect(harness.input(name).value, name).to.equal(value);
    expect(client.calls.map((call) => call.name)).to.deep.equal(['restoreSession']);
  });

  it('takes an equal object assigned again as no change: the screen and the values stay', async () => {
    const client = createScriptedClient();
    const harness = await mount(client, 'signUp');
    const fields = (): CognitoAuthenticator['formFields'] => ({ signUp: { username: { label: 'Login name' } } });
    harness.element.formFields = fields();
    await settle(harness.element);
    await harness.fill({ username: 'jane', password: 'Passw0rd!' });
    for (let round = 0; round < 3; round++) {
      harness.element.formFields = fields();
      harness.element.signUpAttributes = ['email'];
      await settle(harness.element);
    }
    expect(harness.screen).to.equal('signUp');
    expect(labelOf(harness, 'username')).to.equal('Login name');
    expect(harness.input('username').value).to.equal('jane');
    expect(harness.input('password').value).to.equal('Passw0rd!');
    expect(client.calls.map((call) => call.name)).to.deep.equal(['restoreSession']);
  });

  it('starts a new client, and restores its session, when the client itself changes', async () => {
    const first = mfaClient();
    const harness = await toCodeScreen(first);
    const second = createScriptedClient();
    harness.element.client = second;
    await harness.waitForScreen('signIn');
    expect(second.calls.map((call) => call.name)).to.deep.equal(['restoreSession']);
    expect(first.calls.map((call) => call.name)).to.deep.equal(['restoreSession', 'signIn']);
  });
});
