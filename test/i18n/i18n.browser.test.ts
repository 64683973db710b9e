/**
 * Languages in the browser: the element follows `lang`, loads the language on demand,
 * writes right to left where the language does, takes an app's own i18next instance and
 * single-message overrides, and shows no text that did not come from the translations.
 */
import { expect, fixture, html } from '@open-wc/testing';
import i18next from 'i18next';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { createScriptedClient, pending, type ScriptedClient } from '../../src/testing.ts';
import ar from '../../locales/ar.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import he from '../../locales/he.json' with { type: 'json' };
import ptBR from '../../locales/pt-BR.json' with { type: 'json' };
import { AuthenticatorHarness, mountOnPool, waitUntil } from '../support/harness.js';
import { cognitoFail, cognitoPool } from '../support/cognito.js';

/** Where the offline client says codes went. */
const delivery = { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' } as const;

/** A client with no server: codes are "sent" at once; the calls a server would decide stay pending. */
function offlineClient(): ScriptedClient {
  return createScriptedClient({
    signIn: pending(),
    signUp: () => ({ confirmed: false, userId: 'sub', delivery }),
    confirmSignUp: pending(),
    signInAfterConfirmation: pending(),
    resendSignUpCode: () => delivery,
    respondToChallenge: pending(),
    forgotPassword: () => delivery,
    confirmForgotPassword: pending(),
    setUpTotp: pending(),
    verifyTotp: pending(),
    sendAttributeCode: pending(),
    verifyAttribute: pending(),
  });
}

async function mount(attributes: { lang?: string; language?: string } = {}): Promise<AuthenticatorHarness> {
  const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
    lang=${attributes.lang ?? ''}
    language=${attributes.language ?? ''}
    .client=${offlineClient()}
  ></cognito-authenticator>`);
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  await element.updateComplete;
  return harness;
}

function title(harness: AuthenticatorHarness): string {
  return harness.element.querySelector('h2')?.textContent.trim() ?? '';
}

describe('languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('follows <html lang> and re-renders the open screen without losing what was typed', async () => {
    const harness = await mount();
    expect(title(harness)).to.equal('Sign in');
    await harness.type('username', 'jane');
    document.documentElement.lang = 'de';
    await waitUntil(() => title(harness) === de.signIn.title, 'the German title');
    expect(harness.submitButton().textContent.trim()).to.equal(de.signIn.submit);
    expect(harness.input('username').value).to.equal('jane');
    expect(harness.element.querySelector('[lang]')?.getAttribute('lang')).to.equal('de');
  });

  it('keeps the country chosen in a phone field when the language changes and the list is sorted anew', async () => {
    const element = await fixture<CognitoAuthenticator>(
      html`<cognito-authenticator login-mechanisms="phone_number" .client=${offlineClient()}></cognito-authenticator>`,
    );
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    const country = element.querySelector<HTMLSelectElement>('select[name="username:region"]');
    if (!country) throw new Error('no country list');
    const choose = (region: string): void => {
      country.value = region;
      country.dispatchEvent(new Event('input', { bubbles: true }));
      country.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('FR');
    choose('BR');
    await harness.type('username', '11 91234 5678');
    const englishPosition = country.selectedIndex;
    document.documentElement.lang = 'de';
    await waitUntil(() => title(harness) === de.signIn.title, 'the German title');
    // Not the German default (DE), and in another place of the German list than of the English one.
    expect(country.value).to.equal('BR');
    expect(country.selectedOptions[0]?.textContent).to.equal('Brasilien (+55)');
    expect(country.selectedIndex).not.to.equal(englishPosition);
    expect(harness.input('username').value).to.equal('11 91234 5678');
  });

  it("prefers its own lang, then the nearest ancestor's, and the language property over both", async () => {
    document.documentElement.lang = 'de';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><cognito-authenticator .client=${offlineClient()}></cognito-authenticator></div>`,
    );
    const element = wrapper.querySelector('cognito-authenticator');
    if (!element) throw new Error('no element');
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    await waitUntil(() => title(harness) === fr.signIn.title, 'the French title from the ancestor');
    element.setAttribute('lang', 'pt-BR');
    await waitUntil(() => title(harness) === ptBR.signIn.title, 'the Brazilian Portuguese title from its own lang');
    element.language = 'de';
    await element.updateComplete;
    expect(title(harness)).to.equal(de.signIn.title);
  });

  it('falls back from a regional variant to the language, and from an unknown language to English', async () => {
    const harness = await mount({ lang: 'de-AT' });
    expect(title(harness)).to.equal(de.signIn.title);
    harness.element.language = 'xx-YY';
    await harness.element.updateComplete;
    expect(title(harness)).to.equal('Sign in');
  });

  it('writes Arabic and Hebrew right to left, the password toggle at the left of its field', async () => {
    for (const [lang, messages] of [
      ['ar', ar],
      ['he', he],
    ] as const) {
      const harness = await mount({ lang });
      expect(title(harness)).to.equal(messages.signIn.title);
      const screen = harness.element.querySelector<HTMLElement>('[data-screen]');
      if (!screen) throw new Error('no screen');
      expect(getComputedStyle(screen).direction).to.equal('rtl');
      const input = harness.input('password').getBoundingClientRect();
      const toggle = harness.element.querySelector('.cognito-field__toggle')?.getBoundingClientRect();
      expect(toggle && toggle.right <= input.left, 'toggle left of the input').to.equal(true);
      const label = harness.element.querySelector('label')?.getBoundingClientRect();
      expect(label && Math.abs(label.right - input.right) < 2, 'label starts at the right edge').to.equal(true);
      await expect(harness.element).to.be.accessible();
    }
  });

  it("writes numbers in the language's own digits and plural form", async () => {
    const harness = await mount({ lang: 'fa' });
    harness.element.querySelector<HTMLButtonElement>('button[data-navigate="signUp"]')?.click();
    await harness.waitForScreen('signUp');
    await harness.fill({
      username: 'jane',
      'attribute:email': 'jane@example.com',
      password: 'Ab1!',
      confirmPassword: 'Ab1!',
    });
    await harness.submit();
    const eight = new Intl.NumberFormat('fa').format(8);
    expect(eight).to.not.equal('8');
    expect(harness.fieldError('password')).to.contain(eight);
  });

  it('mirrors the phone field right to left: the country list at the right, the number written left to right', async () => {
    const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
      lang="ar"
      login-mechanisms="phone_number"
      .client=${offlineClient()}
    ></cognito-authenticator>`);
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    await element.updateComplete;
    const country = element.querySelector('select')?.getBoundingClientRect();
    const number = harness.input('username');
    expect(
      country && country.left >= number.getBoundingClientRect().right,
      'country list right of the number',
    ).to.equal(true);
    expect(getComputedStyle(number).direction).to.equal('ltr');
    expect(element.querySelector('select option:checked')?.textContent).to.contain('(+20)');
    await expect(element).to.be.accessible();
  });

  it("uses an app's own i18next instance and follows its language, leaving the app's messages alone", async () => {
    const app = i18next.createInstance();
    await app.init({ lng: 'fr', resources: { fr: { translation: { hello: 'Bonjour' } } } });
    const element = await fixture<CognitoAuthenticator>(
      html`<cognito-authenticator .i18n=${app} .client=${offlineClient()}></cognito-authenticator>`,
    );
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    await waitUntil(() => title(harness) === fr.signIn.title, 'the French title');
    await app.changeLanguage('de');
    await waitUntil(() => title(harness) === de.signIn.title, 'the German title');
    expect(app.language).to.equal('de');
    expect(app.t('hello', { lng: 'fr' })).to.equal('Bonjour');
    expect(app.hasResourceBundle('de', 'cognito-authenticator')).to.equal(true);
  });

  it('lets a brand replace single messages', async () => {
    const harness = await mount();
    harness.element.translations = { en: { 'signIn.title': 'Welcome back' }, de: { 'signIn.submit': 'Los geht’s' } };
    await harness.element.updateComplete;
    expect(title(harness)).to.equal('Welcome back');
    harness.element.language = 'de';
    await harness.element.updateComplete;
    expect(harness.submitButton().textContent.trim()).to.equal('Los geht’s');
    expect(title(harness)).to.equal(de.signIn.title);
    harness.element.translations = { de: { 'signIn.title': '<b onclick="alert(1)">Willkommen</b>' } };
    await harness.element.updateComplete;
    expect(title(harness)).to.equal('<b onclick="alert(1)">Willkommen</b>');
    expect(harness.element.querySelector('h2 b')).to.equal(null);
  });

  it('shows only translated text on every screen (pseudo-locale)', async () => {
    const harness = await mount({ lang: 'en-XA' });
    const leaks: string[] = [];
    const userData = ['jane', 'jane@', 'j***@e***'];
    const check = (screen: string): void => {
      const root = harness.element.querySelector('[data-screen]');
      if (!root) throw new Error('no screen');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
      for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
        texts.push(...['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''));
      }
      for (const text of texts) {
        let rest = text.replace(/⟦[^⟧]*⟧/gu, ' ');
        for (const data of userData) rest = rest.replaceAll(data, ' ');
        if (/[A-Za-z]{2,}/u.test(rest)) leaks.push(`${screen}: ${rest.trim()}`);
      }
    };
    check('signIn');
    await harness.submit();
    check('signIn with errors');
    harness.element.querySelector<HTMLButtonElement>('button[data-navigate="signUp"]')?.click();
    await harness.waitForScreen('signUp');
    await harness.fill({ username: 'jane', 'attribute:email': 'jane@', password: 'x', confirmPassword: 'y' });
    await harness.submit();
    check('signUp with errors');
    await harness.fill({ 'attribute:email': 'jane@example.com', password: 'Passw0rd!', confirmPassword: 'Passw0rd!' });
    userData.push('jane@example.com');
    await harness.submit();
    await harness.waitForScreen('confirmSignUp');
    check('confirmSignUp');
    harness.element.querySelector<HTMLButtonElement>('.cognito-screen__footer .cognito-link')?.click();
    await waitUntil(() => harness.notice(), 'the notice');
    check('confirmSignUp with notice');
    expect(leaks).to.deep.equal([]);
    expect(title(harness)).to.match(/^⟦.*~+⟧$/u);
  });
});

describe('translated server messages', () => {
  it("shows Cognito's wrong-password error in German (answered at the HTTP boundary: the emulator says InvalidPasswordException)", async () => {
    const pool = await cognitoPool('i18n');
    await cognitoFail(pool, 'InitiateAuth', 'NotAuthorizedException', 'Incorrect username or password.');
    const harness = await mountOnPool(pool, { lang: 'de' });
    await harness.element.updateComplete;
    await harness.fill({ username: 'jane', password: 'Wrong0rd!' });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal(de.errors.notAuthorized);
  });

  it('shows the message a sign-up trigger returned (answered at the HTTP boundary: the emulator runs no triggers)', async () => {
    const pool = await cognitoPool('trigger');
    await cognitoFail(
      pool,
      'SignUp',
      'UserLambdaValidationException',
      'PreSignUp failed with error Only company addresses may sign up.',
    );
    const harness = await mountOnPool(pool);
    await harness.click('Create account');
    await harness.waitForScreen('signUp');
    await harness.fill({
      username: 'jane',
      'attribute:email': 'jane@gmail.com',
      password: 'Passw0rd!',
      confirmPassword: 'Passw0rd!',
    });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal('Only company addresses may sign up.');
  });
});
