/** Create an account: the username, the pool's sign-up attributes and a new password (none on a page that signs in only without one). */
import { html, type TemplateResult } from 'lit';
import { passwordInput, usernameField } from './fields.js';
import { attributeField, ordered, passwordChecklist } from './more-fields.js';
import { accountTabs, formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderSignUp(view: ScreenView<'signUp'>): TemplateResult {
  const [loginMechanism] = view.config.loginMechanisms;
  // An email or phone number that is the username is asked for once, as the username.
  const attributes = view.config.signUpAttributes.filter(
    (name) => !(loginMechanism !== 'username' && name === loginMechanism),
  );
  const passwords = view.config.authMethods.includes('password')
    ? ([
        [
          'password',
          html`${passwordInput(view, 'password', 'fields.newPassword', 'new-password')}${passwordChecklist(view)}`,
        ],
        ['confirmPassword', passwordInput(view, 'confirmPassword', 'fields.confirmPassword', 'new-password')],
      ] as const)
    : [];
  return formScreen(view, {
    name: 'signUp',
    tabs: accountTabs(view, 'signUp'),
    title: 'signUp.title',
    fields: ordered(view, [
      ['username', usernameField(view, [loginMechanism])],
      ...attributes.map((name) => [name, attributeField(view, name)] as const),
      ...passwords,
    ]),
    submit: ['signUp.submit', 'signUp.submitting'],
    onSubmit: (value) => {
      view.send({
        type: 'submitSignUp',
        username: value('username'),
        password: value('password'),
        confirmPassword: value('confirmPassword'),
        attributes: Object.fromEntries(attributes.map((name) => [name, value(`attribute:${name}`)])),
      });
    },
    footers: [],
  });
}
