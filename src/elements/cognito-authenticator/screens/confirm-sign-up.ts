/** The code that confirms a new account, with a way to have it sent again. */
import { html, type TemplateResult } from 'lit';
import { actionLink, backToSignIn, codeInput, sentTo } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderConfirmSignUp(view: ScreenView<'confirmSignUp'>): TemplateResult {
  const resend = (): void => {
    view.send({ type: 'resendSignUpCode' });
  };
  return formScreen(view, {
    name: 'confirmSignUp',
    title: 'confirmSignUp.title',
    intro: sentTo(view),
    notice: true,
    fields: codeInput(view),
    submit: ['confirmSignUp.submit', 'confirmSignUp.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitConfirmSignUp', code: value('code') });
    },
    footers: [html`${actionLink(view, 'confirmSignUp.resend', resend)} ${backToSignIn(view)}`],
  });
}
