/** The reset code and the new password, with a way to have the code sent again. */
import { html, type TemplateResult } from 'lit';
import { actionLink, backToSignIn, codeInput, newPassword, sentTo } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderConfirmResetPassword(view: ScreenView<'confirmResetPassword'>): TemplateResult {
  const resend = (): void => {
    view.send({ type: 'resendResetCode' });
  };
  return formScreen(view, {
    name: 'confirmResetPassword',
    title: 'confirmResetPassword.title',
    intro: sentTo(view),
    notice: true,
    fields: [codeInput(view), newPassword(view)],
    submit: ['confirmResetPassword.submit', 'confirmResetPassword.submitting'],
    onSubmit: (value) => {
      view.send({
        type: 'submitConfirmResetPassword',
        code: value('code'),
        password: value('password'),
        confirmPassword: value('confirmPassword'),
      });
    },
    footers: [html`${actionLink(view, 'confirmResetPassword.resend', resend)} ${backToSignIn(view)}`],
  });
}
