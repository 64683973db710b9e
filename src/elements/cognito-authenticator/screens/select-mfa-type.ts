/** Choose the second factor for this sign-in, or the one to set up before the first sign-in finishes. */
import type { TemplateResult } from 'lit';
import type { MfaType } from '../../../core/types.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import { backToSignIn, choices } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

const MFA_LABELS: Readonly<Record<MfaType, MessageKey>> = {
  totp: 'selectMfaType.totp',
  sms: 'selectMfaType.sms',
  email: 'selectMfaType.email',
};

export function renderSelectMfaType(view: ScreenView<'selectMfaType'>): TemplateResult {
  const { t } = view.translator;
  const { challenge } = view.state;
  const setup = challenge.kind === 'setupMfa';
  // Text messages are not offered for setup: a phone number cannot be verified here.
  const types = challenge.options.filter((type) => !setup || type !== 'sms');
  return formScreen(view, {
    name: 'selectMfaType',
    title: setup ? 'selectMfaType.setupTitle' : 'selectMfaType.title',
    fields: choices(
      view,
      'mfaType',
      t(setup ? 'selectMfaType.setupText' : 'selectMfaType.text'),
      types.map((type) => [type, t(MFA_LABELS[type])] as const),
    ),
    submit: ['selectMfaType.submit', 'selectMfaType.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSelectMfaType', mfaType: value('mfaType') });
    },
    footers: [backToSignIn(view)],
  });
}
