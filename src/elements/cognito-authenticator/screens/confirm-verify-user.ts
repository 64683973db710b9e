/** The code sent to the contact being verified, or skip it. */
import type { TemplateResult } from 'lit';
import { codeInput, sentTo } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';
import { skipButton } from './verify-user.js';

export function renderConfirmVerifyUser(view: ScreenView<'confirmVerifyUser'>): TemplateResult {
  return formScreen(view, {
    name: 'confirmVerifyUser',
    title: 'confirmVerifyUser.title',
    intro: sentTo(view),
    fields: codeInput(view),
    submit: ['confirmVerifyUser.submit', 'confirmVerifyUser.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitConfirmVerifyUser', code: value('code') });
    },
    footers: [skipButton(view)],
  });
}
