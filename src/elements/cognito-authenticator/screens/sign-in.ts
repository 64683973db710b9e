/** Sign in with a username (or email, or phone number) and a password. */
import type { TemplateResult } from 'lit';
import { passwordInput, usernameField } from './fields.js';
import { accountTabs, formScreen, navLink } from './parts.js';
import type { ScreenView } from './view.js';

export function renderSignIn(view: ScreenView<'signIn'>): TemplateResult {
  return formScreen(view, {
    name: 'signIn',
    tabs: accountTabs(view, 'signIn'),
    title: 'signIn.title',
    notice: true,
    fields: [usernameField(view), passwordInput(view, 'password', 'fields.password', 'current-password')],
    submit: ['signIn.submit', 'signIn.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSignIn', username: value('username'), password: value('password') });
    },
    footers: [navLink(view, 'resetPassword', 'signIn.forgotPassword')],
  });
}
