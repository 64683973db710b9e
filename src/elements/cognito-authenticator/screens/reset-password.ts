/** Forgot the password: the account to send a reset code for. */
import type { TemplateResult } from 'lit';
import { usernameField } from './fields.js';
import { backToSignIn } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderResetPassword(view: ScreenView<'resetPassword'>): TemplateResult {
  return formScreen(view, {
    name: 'resetPassword',
    title: 'resetPassword.title',
    intro: view.translator.t('resetPassword.text'),
    fields: usernameField(view),
    submit: ['resetPassword.submit', 'resetPassword.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitResetPassword', username: value('username') });
    },
    footers: [backToSignIn(view)],
  });
}
