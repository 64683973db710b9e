/**
 * The screens of the passwordless flow (choice-based sign-in): the username and the way to
 * sign in, the password on a screen of its own, Cognito's own choice, the sign-in code, and
 * the offer of a passkey. One chunk, loaded the first time a page that offers these ways
 * shows one of them.
 */
import { html, type TemplateResult } from 'lit';
import type { AuthMethod } from '../../../core/types.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import { passwordInput, usernameField } from './fields.js';
import { actionLink, backToSignIn, choices, codeInput } from './more-fields.js';
import { accountTabs, formScreen, navLink } from './parts.js';
import type { ScreenView } from './view.js';

const METHOD_LABELS: Readonly<Record<AuthMethod, MessageKey>> = {
  passkey: 'signInMethods.passkey',
  'email-otp': 'signInMethods.emailOtp',
  'sms-otp': 'signInMethods.smsOtp',
  password: 'signInMethods.password',
};

/** The ways as radio buttons, the first (the page's preference) checked; none for a single way. */
function methodChoices(view: ScreenView, methods: readonly AuthMethod[], legend: MessageKey): TemplateResult[] {
  const { t } = view.translator;
  if (methods.length < 2) return [];
  return [
    choices(
      view,
      'method',
      t(legend),
      methods.map((method) => [method, t(METHOD_LABELS[method])] as const),
    ),
  ];
}

/** Sign-in, username first: the username, then the way to sign in the page offers. */
export function renderSignInMethods(view: ScreenView<'signIn'>): TemplateResult {
  const methods = view.config.authMethods;
  const [first = 'password'] = methods;
  return formScreen(view, {
    name: 'signIn',
    tabs: accountTabs(view, 'signIn'),
    title: 'signIn.title',
    notice: true,
    fields: [usernameField(view), ...methodChoices(view, methods, 'signInMethods.text')],
    submit:
      methods.length === 1
        ? [METHOD_LABELS[first], 'signInMethods.submitting']
        : ['selectSignInMethod.submit', 'signInMethods.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSignInMethod', username: value('username'), method: value('method') || first });
    },
    footers: methods.includes('password') ? [navLink(view, 'resetPassword', 'signIn.forgotPassword')] : [],
  });
}

/** The password, for the username given on the screen before (kept in the form for password managers). */
export function renderSignInPassword(view: ScreenView<'signInPassword'>): TemplateResult {
  const { t } = view.translator;
  const { username } = view.state;
  return formScreen(view, {
    name: 'signInPassword',
    title: 'signInPassword.title',
    intro: t('signInPassword.signingInAs', { username }),
    fields: [
      html`<input class="cognito-visually-hidden" type="text" name="username" autocomplete="username" .value=${username} readonly tabindex="-1" aria-hidden="true" />`,
      passwordInput(view, 'password', 'fields.password', 'current-password'),
    ],
    submit: ['signInPassword.submit', 'signInPassword.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSignInPassword', password: value('password') });
    },
    footers: [
      navLink(view, 'signIn', 'signInPassword.otherWays'),
      navLink(view, 'resetPassword', 'signIn.forgotPassword'),
    ],
  });
}

/** Cognito's own choice: the ways both the pool and the page offer. */
export function renderSelectSignInMethod(view: ScreenView<'selectSignInMethod'>): TemplateResult {
  const { t } = view.translator;
  const { options } = view.state.challenge;
  const [first = 'password'] = options;
  return formScreen(view, {
    name: 'selectSignInMethod',
    title: 'selectSignInMethod.title',
    intro: options.length < 2 ? t('selectSignInMethod.text') : undefined,
    fields: methodChoices(view, options, 'selectSignInMethod.text'),
    submit: ['selectSignInMethod.submit', 'selectSignInMethod.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSelectSignInMethod', method: value('method') || first });
    },
    footers: [backToSignIn(view)],
  });
}

/** The code that signs the person in, with where it went and a way to get a new one. */
export function renderConfirmSignInCode(view: ScreenView<'confirmSignInCode'>): TemplateResult {
  const { t } = view.translator;
  const { delivery } = view.state.challenge;
  const intro = delivery
    ? t(delivery.medium === 'SMS' ? 'confirmSignInCode.sms' : 'confirmSignInCode.email', {
        destination: delivery.destination,
      })
    : t('confirmSignInCode.sentSomewhere');
  return formScreen(view, {
    name: 'confirmSignInCode',
    title: 'confirmSignInCode.title',
    intro,
    notice: true,
    fields: codeInput(view),
    submit: ['confirmSignInCode.submit', 'confirmSignInCode.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSignInCode', code: value('code') });
    },
    footers: [
      actionLink(view, 'confirmSignInCode.resend', () => {
        view.send({ type: 'resendSignInCode' });
      }),
      backToSignIn(view),
    ],
  });
}

/** The offer of a passkey to someone signed in without one: make one, or not now; once made, on into the app. */
export function renderPasskeyPrompt(view: ScreenView<'passkeyPrompt'>): TemplateResult {
  if (view.state.created) {
    return formScreen(view, {
      name: 'passkeyPrompt',
      title: 'passkeyPrompt.title',
      notice: true,
      fields: [],
      submit: ['passkeyPrompt.continue', 'passkeyPrompt.continuing'],
      onSubmit: () => {
        view.send({ type: 'skipPasskey' });
      },
      footers: [],
    });
  }
  return formScreen(view, {
    name: 'passkeyPrompt',
    title: 'passkeyPrompt.title',
    intro: view.translator.t('passkeyPrompt.text'),
    fields: [],
    submit: ['passkeyPrompt.create', 'passkeyPrompt.creating'],
    onSubmit: () => {
      view.send({ type: 'registerPasskey' });
    },
    footers: [
      actionLink(view, 'passkeyPrompt.skip', () => {
        view.send({ type: 'skipPasskey' });
      }),
    ],
  });
}

/** The flow's screens, by route (sign-in, username first, as `signInMethods`). */
export const PASSWORDLESS_SCREENS = {
  signInMethods: renderSignInMethods,
  signInPassword: renderSignInPassword,
  selectSignInMethod: renderSelectSignInMethod,
  confirmSignInCode: renderConfirmSignInCode,
  passkeyPrompt: renderPasskeyPrompt,
};
