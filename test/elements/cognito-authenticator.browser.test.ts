/**
 * `<cognito-authenticator>` against the Cognito emulator behind the test proxy. Where the
 * emulator lacks a call or answers differently from Cognito, the proxy answers with
 * Cognito's documented shape, and the test's name says so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.ts';
import { AuthError, type AuthHooks, type CognitoAuthenticator } from '../../src/index.ts';
import {
  cognitoAnswer,
  cognitoCode,
  cognitoDrop,
  cognitoEmailVerified,
  cognitoFail,
  cognitoPool,
  cognitoRequests,
  cognitoSrp,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { unhandled } from '../support/page-watch.js';

let pool: CognitoPoolInfo;

async function mount(
  options: { authFlow?: string; loginMechanism?: string; storage?: string; hooks?: AuthHooks } = {},
): Promise<AuthenticatorHarness> {
  const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
    .hooks=${options.hooks}
    user-pool-id=${pool.userPoolId}
    client-id=${pool.clientId}
    endpoint=${pool.endpoint}
    auth-flow=${options.authFlow ?? 'USER_PASSWORD_AUTH'}
    login-mechanisms=${options.loginMechanism ?? 'username'}
    storage=${options.storage ?? 'local'}
    ><p id="app">Welcome</p></cognito-authenticator
  >`);
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  return harness;
}

async function operations(): Promise<string[]> {
  return (await cognitoRequests(pool)).map((request) => request.operation);
}

async function toSignUp(harness: AuthenticatorHarness): Promise<void> {
  await harness.click('Create account');
  await harness.waitForScreen('signUp');
}

// Promise rejections nobody handled, in any test of this file: there must be none.
afterEach(() => {
  expect(unhandled.splice(0), 'unhandled promise rejections').to.deep.equal([]);
});

describe('<cognito-authenticator>', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    pool = await cognitoPool('element');
  });

  describe('forms a browser and a password manager can see', () => {
    it('renders sign-in as a native form in the light DOM with labels and autocomplete tokens', async () => {
      const harness = await mount();
      const form = harness.element.querySelector('form');
      expect(form?.getRootNode()).to.equal(document);
      const username = harness.input('username');
      const password = harness.input('password');
      expect(username.autocomplete).to.equal('username');
      expect(password.autocomplete).to.equal('current-password');
      expect(password.type).to.equal('password');
      expect(harness.element.querySelector(`label[for="${username.id}"]`)?.textContent).to.equal('Username');
      expect(harness.element.querySelector(`label[for="${password.id}"]`)?.textContent).to.equal('Password');
      expect(harness.submitButton().type).to.equal('submit');
      expect(harness.element.querySelector('#app')?.checkVisibility()).to.equal(false);
      await expect(harness.element).to.be.accessible();
    });

    it('asks for new passwords with new-password and shows the sign-up form accessibly', async () => {
      const harness = await mount();
      await toSignUp(harness);
      expect(harness.input('password').autocomplete).to.equal('new-password');
      expect(harness.input('confirmPassword').autocomplete).to.equal('new-password');
      expect(harness.input('attribute:email').autocomplete).to.equal('email');
      expect(harness.input('attribute:email').type).to.equal('email');
      await expect(harness.element).to.be.accessible();
    });

    it('shows and hides the password with a toggle button that keeps what was typed', async () => {
      const harness = await mount();
      await harness.type('password', 'Secret1!');
      await harness.click('Show password');
      expect(harness.input('password').type).to.equal('text');
      expect(harness.input('password').value).to.equal('Secret1!');
      const toggle = harness.element.querySelector('.cognito-field__toggle');
      expect(toggle?.getAttribute('aria-pressed')).to.equal('true');
      await harness.click('Hide password');
      expect(harness.input('password').type).to.equal('password');
    });
  });

  describe('moving between screens', () => {
    it('shows the header and footer slots on every screen and per-screen slots on their screen only', async () => {
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
        ><img slot="header" alt="Example Corp" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><p slot="header-signUp">Join us</p>
        <p slot="footer-signIn">Trouble signing in? Call us.</p><p slot="footer">Terms</p></cognito-authenticator
      >`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      const visible = (selector: string): boolean => element.querySelector(selector)?.checkVisibility() ?? false;
      expect([
        visible('[slot="header"]'),
        visible('[slot="header-signUp"]'),
        visible('[slot="footer-signIn"]'),
        visible('[slot="footer"]'),
      ]).to.deep.equal([true, false, true, true]);
      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      await element.updateComplete;
      expect([visible('[slot="header-signUp"]'), visible('[slot="footer-signIn"]')]).to.deep.equal([true, false]);
    });

    it('switches between Sign in and Create account with buttons above the form, the shown one marked current, none when sign-up is hidden', async () => {
      const harness = await mount();
      const tabs = (): string[] =>
        [...harness.element.querySelectorAll('nav.cognito-tabs button')].map(
          (tab) => `${tab.textContent.trim()}:${tab.getAttribute('aria-current') ?? ''}`,
        );
      expect(harness.element.querySelector('nav.cognito-tabs')?.getAttribute('aria-label')).to.equal(
        'Sign in or create an account',
      );
      expect(tabs()).to.deep.equal(['Sign in:page', 'Create account:false']);
      await harness.type('username', 'jane');
      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      expect(tabs()).to.deep.equal(['Sign in:false', 'Create account:page']);
      expect(harness.input('username').value, 'the username comes along').to.equal('jane');
      harness.element.hideSignUp = true;
      await harness.element.updateComplete;
      await harness.waitForScreen('signIn');
      expect(harness.element.querySelector('nav.cognito-tabs')).to.equal(null);
    });

    it('announces each screen change with cognito-route-change and moves focus to the new title', async () => {
      const harness = await mount();
      const routes: string[] = [];
      harness.element.addEventListener('cognito-route-change', (event) =>
        routes.push(`${event.detail.previous}→${event.detail.route}`),
      );
      harness.input('username').focus();
      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      expect(document.activeElement?.textContent).to.equal('Create account');
      expect(document.activeElement?.tagName).to.equal('H2');
      await harness.click('Sign in');
      await harness.waitForScreen('signIn');
      expect(document.activeElement?.tagName).to.equal('H2');
      expect(routes).to.deep.equal(['signIn→signUp', 'signUp→signIn']);
    });

    it("walks back and forward through its screens with the browser's buttons when asked to", async () => {
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        history
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
      ></cognito-authenticator>`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      const entries = window.history.length;
      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      expect(window.history.length).to.equal(entries + 1);
      window.history.back();
      await harness.waitForScreen('signIn');
      window.history.forward();
      await harness.waitForScreen('signUp');
      await harness.click('Sign in');
      await harness.waitForScreen('signIn');
      await harness.click('Forgot your password?');
      await harness.waitForScreen('resetPassword');
      window.history.back();
      await harness.waitForScreen('signIn');
    });

    it('keeps the username typed on sign-in when going to sign-up and back', async () => {
      const harness = await mount();
      await harness.type('username', 'jane');
      await harness.submit();
      await harness.click('Create account');
      await harness.waitForScreen('signUp');
      await harness.click('Sign in');
      await harness.waitForScreen('signIn');
      expect(harness.input('username').value).to.equal('jane');
    });
  });

  describe("the app's hooks", () => {
    it("runs the app's sign-up checks, shows their messages beside the fields, and sends nothing", async () => {
      const harness = await mount();
      harness.element.hooks = {
        validateSignUp: ({ username }) =>
          /^[a-z]/u.test(username) ? undefined : { username: 'Usernames start with a letter.' },
      };
      await harness.element.updateComplete;
      await harness.waitForScreen('signIn');
      await toSignUp(harness);
      await harness.fill({
        username: '1jane',
        'attribute:email': 'jane@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      expect(await harness.waitForFieldError('username')).to.equal('Usernames start with a letter.');
      expect(harness.input('attribute:email').value).to.equal('jane@example.com');
      expect(await operations()).to.deep.equal([]);
    });

    it('calls the app before and after each call, and a hook that throws stops the call with its message', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const calls: string[] = [];
      let blocked = true;
      // Given from the start, so that the stored session's restore goes through them too.
      const harness = await mount({
        hooks: {
          beforeCall: ({ name }) => {
            calls.push(`before ${name}`);
            if (name === 'signIn' && blocked) throw new AuthError({ code: 'Blocked', key: 'errors.forbidden' });
          },
          afterCall: ({ name }) => {
            calls.push(`after ${name}`);
          },
        },
      });
      await harness.element.updateComplete;
      await harness.waitForScreen('signIn');
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal('The request was blocked. Try again later.');
      expect(await operations()).to.deep.equal([]);
      blocked = false;
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
      expect(calls).to.deep.equal([
        'before restoreSession',
        'after restoreSession',
        'before signIn',
        'before signIn',
        'after signIn',
        'before unverifiedContacts',
        'after unverifiedContacts',
      ]);
    });
  });

  describe("the app's field changes", () => {
    it('relabels, reorders, adds placeholders and makes attributes optional on sign-up', async () => {
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
        sign-up-attributes="email name custom:company"
        .formFields=${{
          signUp: {
            'custom:company': { label: 'Company', order: -1, autocomplete: 'organization' as const },
            username: { placeholder: 'e.g. jane.doe' },
            name: { required: false },
          },
        }}
      ></cognito-authenticator>`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      await toSignUp(harness);
      const names = [...element.querySelectorAll('form input')].map((input) => input.getAttribute('name'));
      expect(names).to.deep.equal([
        'attribute:custom:company',
        'username',
        'attribute:email',
        'attribute:name',
        'password',
        'confirmPassword',
      ]);
      expect(
        element.querySelector(`label[for="${harness.input('attribute:custom:company').id}"]`)?.textContent,
      ).to.equal('Company');
      expect(harness.input('attribute:custom:company').autocomplete).to.equal('organization');
      expect(harness.input('username').placeholder).to.equal('e.g. jane.doe');
      expect(harness.input('attribute:name').required).to.equal(false);
      await harness.fill({
        'attribute:custom:company': 'Example Corp',
        username: 'jane',
        'attribute:email': 'jane@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      await harness.waitForScreen('confirmSignUp');
      const [signUp] = await cognitoRequests(pool);
      expect((signUp?.body as { UserAttributes?: unknown }).UserAttributes).to.deep.equal([
        { Name: 'email', Value: 'jane@example.com' },
        { Name: 'custom:company', Value: 'Example Corp' },
      ]);
    });

    it('starts phone fields at the country the app chose and offers only its countries', async () => {
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
        login-mechanisms="phone_number"
        .formFields=${{ signIn: { username: { dialCode: 'fr', dialCodes: ['FR', 'BE', 'CH'] } } }}
      ></cognito-authenticator>`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      const select = element.querySelector('select');
      expect(select?.value).to.equal('FR');
      expect([...(select?.options ?? [])].map((option) => option.value).sort()).to.deep.equal(['BE', 'CH', 'FR']);
    });
  });

  describe('the modal variation', () => {
    it('shows sign-in in a modal dialog that Escape does not close, and leaves when signed in', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        variation="modal"
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
        auth-flow="USER_PASSWORD_AUTH"
        ><p id="app">Welcome</p></cognito-authenticator
      >`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      const dialog = element.querySelector('dialog');
      expect(dialog?.matches(':modal')).to.equal(true);
      expect(dialog?.contains(document.activeElement)).to.equal(true);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      expect(dialog?.open).to.equal(true);
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      await waitUntil(() => element.route === 'authenticated', 'signed in');
      expect(element.querySelector('dialog')).to.equal(null);
      expect(element.querySelector('#app')?.checkVisibility()).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('says which fields are missing beside them, focuses the first and sends nothing', async () => {
      const harness = await mount();
      await harness.type('username', 'jane');
      await harness.submit();
      expect(harness.fieldError('password')).to.equal('This field is required.');
      expect(harness.input('password').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(harness.input('password'));
      expect(harness.input('username').value).to.equal('jane');
      expect(await operations()).to.deep.equal([]);
    });

    it('checks the password policy, the confirmation and the email on sign-up and keeps every value', async () => {
      const harness = await mount();
      await toSignUp(harness);
      await harness.fill({
        username: 'jane',
        'attribute:email': 'jane@',
        password: 'short',
        confirmPassword: 'shorter',
      });
      await harness.submit();
      expect(harness.fieldError('attribute:email')).to.equal('Enter an email address like name@example.com.');
      expect(harness.fieldError('password')).to.equal('Use at least 8 characters.');
      expect(harness.fieldError('confirmPassword')).to.equal('The passwords do not match.');
      expect(harness.input('attribute:email').value).to.equal('jane@');
      expect(harness.input('password').value).to.equal('short');
      expect(await operations()).to.deep.equal([]);
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('what the server says', () => {
    it('shows "Incorrect username or password." and keeps both fields (answered at the HTTP boundary: the emulator says InvalidPasswordException)', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoFail(pool, 'InitiateAuth', 'NotAuthorizedException', 'Incorrect username or password.');
      const harness = await mount();
      await harness.fill({ username: 'jane', password: 'Wrong0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal('Incorrect username or password.');
      expect(harness.input('username').value).to.equal('jane');
      expect(harness.input('password').value).to.equal('Wrong0rd!');
      expect(harness.submitButton().getAttribute('aria-disabled')).to.equal('false');
    });

    it('tells an unknown user no account was found (answered at the HTTP boundary: the emulator says NotAuthorizedException)', async () => {
      await cognitoFail(pool, 'InitiateAuth', 'UserNotFoundException', 'User does not exist.');
      const harness = await mount();
      await harness.fill({ username: 'nobody', password: 'Passw0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal("We couldn't find an account with that username.");
      expect(harness.input('username').value).to.equal('nobody');
    });

    it('says a taken username is taken, beside the username, keeping everything typed', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
      const harness = await mount();
      await toSignUp(harness);
      await harness.fill({
        username: 'jane',
        'attribute:email': 'other@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      expect(await harness.waitForFieldError('username')).to.equal('An account with this username already exists.');
      expect(harness.input('attribute:email').value).to.equal('other@example.com');
      expect(harness.input('confirmPassword').value).to.equal('Passw0rd!');
      expect(await operations()).to.deep.equal(['SignUp']);
    });

    it('says a wrong confirmation code is wrong and keeps it, then accepts the right one (GetUser answered at the HTTP boundary: the emulator leaves the confirmed email unverified)', async () => {
      await cognitoEmailVerified(pool, 'sam', 'sam@example.com');
      const harness = await mount();
      await toSignUp(harness);
      await harness.fill({
        username: 'sam',
        'attribute:email': 'sam@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      await harness.waitForScreen('confirmSignUp');
      const code = await cognitoCode(pool, 'sam', 'confirmSignUp');
      const wrong = code === '000000' ? '111111' : '000000';
      await harness.type('code', wrong);
      await harness.submit();
      expect(await harness.waitForFieldError('code')).to.equal('That code is not right. Check it and try again.');
      expect(harness.input('code').value).to.equal(wrong);
      await harness.type('code', code);
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
      expect(harness.element.querySelector('form')).to.equal(null);
      expect(harness.element.querySelector('#app')?.checkVisibility()).to.equal(true);
    });

    it('sends a new code and shows where it went (answered at the HTTP boundary: the emulator lacks ResendConfirmationCode)', async () => {
      const harness = await mount();
      await toSignUp(harness);
      await harness.fill({
        username: 'ann',
        'attribute:email': 'ann@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      await harness.waitForScreen('confirmSignUp');
      await harness.type('code', '12');
      await cognitoAnswer(pool, 'ResendConfirmationCode', 200, {
        CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'a***@e***' },
      });
      await harness.click('Send a new code');
      await waitUntil(() => harness.notice(), 'the notice');
      expect(harness.notice()).to.equal('We sent you a new code.');
      expect(harness.text()).to.contain('a***@e***');
      expect(harness.input('code').value).to.equal('12');
      const resend = (await cognitoRequests(pool)).find((request) => request.operation === 'ResendConfirmationCode');
      expect(resend?.body).to.deep.equal({ ClientId: pool.clientId, Username: 'ann' });
    });

    it('shows a translated message when the network is down, keeps both fields, and the retry works', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoDrop(pool, 'InitiateAuth');
      const harness = await mount();
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal(
        "We couldn't reach the server. Check your connection and try again.",
      );
      expect(harness.input('username').value).to.equal('jane');
      expect(harness.input('password').value).to.equal('Passw0rd!');
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in on retry');
      expect(await operations()).to.deep.equal(['InitiateAuth', 'InitiateAuth', 'GetUser']);
    });
  });

  describe('slow servers and wrong configuration', () => {
    it('gives up a request that takes longer than the timeout with a message, and the retry works', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoAnswer(
        pool,
        'InitiateAuth',
        400,
        { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
        1,
        3000,
      );
      const harness = await mount();
      // Long enough for the retry's calls on a busy machine, shorter than the held answer.
      harness.element.timeout = 1500;
      await harness.element.updateComplete;
      await harness.waitForScreen('signIn');
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal('The server took too long to answer. Try again.');
      expect(harness.input('password').value).to.equal('Passw0rd!');
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in on retry');
    });

    it('abandons a request when the element leaves the page, with nothing left unhandled', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoAnswer(
        pool,
        'InitiateAuth',
        400,
        { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
        1,
        1500,
      );
      const harness = await mount();
      let signedIn = false;
      harness.element.addEventListener('cognito-signed-in', () => (signedIn = true));
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      harness.element.remove();
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(signedIn).to.equal(false);
      expect(localStorage.length).to.equal(0);
    });

    it('keeps the session in a storage object the app provides', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const values = new Map<string, string>();
      const storage = {
        getItem: (key: string) => values.get(key) ?? null,
        setItem: (key: string, value: string) => void values.set(key, value),
        removeItem: (key: string) => void values.delete(key),
      };
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
        user-pool-id=${pool.userPoolId}
        client-id=${pool.clientId}
        endpoint=${pool.endpoint}
        auth-flow="USER_PASSWORD_AUTH"
        .storage=${storage}
      ></cognito-authenticator>`);
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signIn');
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      await waitUntil(() => element.route === 'authenticated', 'signed in');
      expect([...values.keys()]).to.deep.equal([`cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      element.signOut();
      await harness.waitForScreen('signIn');
      expect(values.size).to.equal(0);
    });

    it('says sign-in is not set up, and tells the page author why, for an app client with a secret (answered at the HTTP boundary: the emulator ignores secrets)', async () => {
      await cognitoFail(
        pool,
        'InitiateAuth',
        'NotAuthorizedException',
        `Client ${pool.clientId} is configured with secret but SECRET_HASH was not received`,
      );
      const harness = await mount();
      const logged: string[] = [];
      const original = console.error;
      console.error = (...parts: unknown[]) => logged.push(parts.map(String).join(' '));
      try {
        await harness.fill({ username: 'jane', password: 'Passw0rd!' });
        await harness.submit();
        expect(await harness.waitForFormError()).to.equal(
          "Sign-in is not set up correctly. Contact the site's support.",
        );
        // The help texts are a chunk of their own, loaded the first time one is needed.
        await waitUntil(() => logged.some((line) => line.includes('client secret')), 'the help in the console');
      } finally {
        console.error = original;
      }
      expect(logged.join('\n')).not.to.contain('Passw0rd!');
    });
  });

  describe('signing in', () => {
    it('shows progress on the submit button and sends one request however often it is clicked', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const harness = await mount();
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      const button = harness.submitButton();
      button.click();
      button.click();
      await harness.element.updateComplete;
      expect(button.textContent.trim()).to.equal('Signing in…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
      expect(await operations()).to.deep.equal(['InitiateAuth', 'GetUser']);
    });

    it('signs in with SRP by default, the password never sent (SRP answered at the HTTP boundary: the emulator lacks USER_SRP_AUTH)', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
      await cognitoSrp(pool, 'jane', 'Passw0rd!');
      const harness = await mount({ authFlow: 'USER_SRP_AUTH' });
      const signedIn = new Promise<CustomEvent>((resolve) =>
        harness.element.addEventListener('cognito-signed-in', resolve, { once: true }),
      );
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      const event = await signedIn;
      expect(event.detail).to.deep.equal({ user: harness.element.user });
      expect(harness.element.user?.attributes.email).to.equal('jane@example.com');
      const requests = await cognitoRequests(pool);
      expect(requests.map((request) => request.operation)).to.deep.equal([
        'InitiateAuth',
        'RespondToAuthChallenge',
        'GetUser',
      ]);
      expect(JSON.stringify(requests)).not.to.contain('Passw0rd!');
      expect((requests[0]?.body as { AuthFlow?: string }).AuthFlow).to.equal('USER_SRP_AUTH');
    });

    it("refuses a wrong password over SRP with Cognito's message (SRP answered at the HTTP boundary)", async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoSrp(pool, 'jane', 'Passw0rd!');
      const harness = await mount({ authFlow: 'USER_SRP_AUTH' });
      await harness.fill({ username: 'jane', password: 'Wrong0rd!' });
      await harness.submit();
      expect(await harness.waitForFormError()).to.equal('Incorrect username or password.');
      expect(harness.element.route).to.equal('signIn');
    });

    it('takes an unconfirmed user to the code screen with a fresh code (resend and GetUser answered at the HTTP boundary)', async () => {
      await cognitoEmailVerified(pool, 'ida', 'ida@example.com');
      const harness = await mount();
      await toSignUp(harness);
      await harness.fill({
        username: 'ida',
        'attribute:email': 'ida@example.com',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
      });
      await harness.submit();
      await harness.waitForScreen('confirmSignUp');
      await harness.click('Back to sign in');
      await harness.waitForScreen('signIn');
      expect(harness.input('username').value).to.equal('ida');
      await cognitoAnswer(pool, 'ResendConfirmationCode', 200, {
        CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'i***@e***' },
      });
      await harness.type('password', 'Passw0rd!');
      await harness.submit();
      await harness.waitForScreen('confirmSignUp');
      await waitUntil(() => harness.text().includes('i***@e***'), 'the destination');
      await harness.type('code', await cognitoCode(pool, 'ida', 'confirmSignUp'));
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in without typing the password again');
    });

    it('signs out of every device with GlobalSignOut and revokes the refresh token (GlobalSignOut answered at the HTTP boundary: the emulator lacks it)', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      await cognitoAnswer(pool, 'GlobalSignOut', 200, {});
      const harness = await mount();
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
      const tokens = harness.element.tokens;
      const signedOut = new Promise((resolve) =>
        harness.element.addEventListener('cognito-signed-out', resolve, { once: true }),
      );
      harness.element.signOut({ global: true });
      await signedOut;
      await harness.waitForScreen('signIn');
      const requests = await cognitoRequests(pool);
      expect(requests.find((request) => request.operation === 'GlobalSignOut')?.body).to.deep.equal({
        AccessToken: tokens?.accessToken,
      });
      expect(requests.find((request) => request.operation === 'RevokeToken')?.body).to.deep.equal({
        ClientId: pool.clientId,
        Token: tokens?.refreshToken,
      });
      expect(localStorage.length).to.equal(0);
    });

    it('keeps the session in sessionStorage when asked, and nothing in localStorage', async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const harness = await mount({ storage: 'session' });
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
      const key = `cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`;
      expect(sessionStorage.getItem(key)).to.be.a('string');
      expect(localStorage.getItem(key)).to.equal(null);
      expect(harness.element.tokens?.accessToken).to.be.a('string');
      expect(harness.element.getAttributeNames().join(' ')).not.to.contain('token');
    });
  });
});

describe('<cognito-authenticator> with phone numbers', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('phone');
  });

  it('signs in with a country chosen from the list and a national number, sent as E.164', async () => {
    await cognitoUser(pool, '+4915123456789', 'Passw0rd!');
    const harness = await mount({ loginMechanism: 'phone_number' });
    const country = harness.element.querySelector<HTMLSelectElement>('select[name="username:region"]');
    if (!country) throw new Error('no country list');
    expect(harness.element.querySelector(`label[for="${country.id}"]`)?.textContent).to.equal('Country code');
    expect(country.value).to.equal('US');
    country.value = 'DE';
    await harness.fill({ username: '01512 3456789', password: 'Passw0rd!' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const [request] = await cognitoRequests(pool);
    expect((request?.body as { AuthParameters?: { USERNAME?: string } }).AuthParameters?.USERNAME).to.equal(
      '+4915123456789',
    );
  });

  it('takes a number typed with its own + as it is, and refuses one that is not a phone number', async () => {
    const harness = await mount({ loginMechanism: 'phone_number' });
    await harness.fill({ username: '12ab', password: 'Passw0rd!' });
    await harness.submit();
    expect(harness.fieldError('username')).to.equal('Enter a phone number with its country code, like +15550100199.');
    expect(await operations()).to.deep.equal([]);
    await cognitoFail(pool, 'InitiateAuth', 'UserNotFoundException', 'User does not exist.');
    await harness.type('username', '+44 20 7946 0958');
    await harness.submit();
    await harness.waitForFormError();
    const [request] = await cognitoRequests(pool);
    expect((request?.body as { AuthParameters?: { USERNAME?: string } }).AuthParameters?.USERNAME).to.equal(
      '+442079460958',
    );
  });
});

describe('<cognito-authenticator> with several login mechanisms', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('mechanisms');
  });

  it('labels the field for each mechanism and sends what was typed, a phone number as E.164', async () => {
    await cognitoUser(pool, 'jane', 'Passw0rd!');
    const harness = await mount({ loginMechanism: 'username email phone_number' });
    expect(harness.element.querySelector(`label[for="${harness.input('username').id}"]`)?.textContent).to.equal(
      'Username, email or phone number',
    );
    expect(harness.element.querySelector('select')).to.equal(null);
    await cognitoFail(pool, 'InitiateAuth', 'UserNotFoundException', 'User does not exist.');
    await harness.fill({ username: '+1 555 010 0199', password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForFormError();
    await harness.type('username', 'jane');
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const usernames = (await cognitoRequests(pool))
      .filter((request) => request.operation === 'InitiateAuth')
      .map((request) => (request.body as { AuthParameters?: { USERNAME?: string } }).AuthParameters?.USERNAME);
    expect(usernames).to.deep.equal(['+15550100199', 'jane']);
  });
});
