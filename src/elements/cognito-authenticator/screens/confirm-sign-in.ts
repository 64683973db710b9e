/** The second factor's code: from an authenticator app, or sent by text message or email. */
import type { TemplateResult } from 'lit';
import type { MfaType } from '../../../core/types.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import { backToSignIn, codeInput } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

/** Where to find the code, by second factor. */
const CODE_TEXT: Readonly<Record<MfaType, MessageKey>> = {
  totp: 'confirmSignIn.totp',
  sms: 'confirmSignIn.sms',
  email: 'confirmSignIn.email',
};

export function renderConfirmSignIn(view: ScreenView<'confirmSignIn'>): TemplateResult {
  const { t } = view.translator;
  const { mfaType, delivery } = view.state.challenge;
  // An app's code needs no destination; a sent one is told where only when the pool said.
  const intro =
    mfaType === 'totp' || delivery
      ? t(CODE_TEXT[mfaType], { destination: delivery?.destination ?? '' })
      : t('confirmSignIn.sentSomewhere');
  return formScreen(view, {
    name: 'confirmSignIn',
    title: 'confirmSignIn.title',
    intro,
    fields: codeInput(view),
    submit: ['confirmSignIn.submit', 'confirmSignIn.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitConfirmSignIn', code: value('code') });
    },
    footers: [backToSignIn(view)],
  });
}
