/** After sign-in: which unverified email or phone number to verify, or skip it. */
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../../../i18n/i18n.js';
import { choices } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

const CONTACT_LABELS: Readonly<Record<string, MessageKey>> = {
  email: 'verifyUser.email',
  phone_number: 'verifyUser.phoneNumber',
};

/** Goes on to the app without verifying. */
export function skipButton(view: ScreenView<'verifyUser' | 'confirmVerifyUser'>): TemplateResult {
  const skip = (): void => {
    view.send({ type: 'skipVerification' });
  };
  return html`<button class="cognito-link" type="button" @click=${skip}>${view.translator.t('verifyUser.skip')}</button>`;
}

export function renderVerifyUser(view: ScreenView<'verifyUser'>): TemplateResult {
  const { t } = view.translator;
  return formScreen(view, {
    name: 'verifyUser',
    title: 'verifyUser.title',
    fields: choices(
      view,
      'attribute',
      t('verifyUser.text'),
      view.state.contacts.map(
        (contact) =>
          [contact.name, t(CONTACT_LABELS[contact.name] ?? 'verifyUser.email', { value: contact.value })] as const,
      ),
    ),
    submit: ['verifyUser.submit', 'verifyUser.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitVerifyUser', attribute: value('attribute') });
    },
    footers: [skipButton(view)],
  });
}
