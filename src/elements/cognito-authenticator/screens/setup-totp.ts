/** Set up an authenticator app: the secret as a QR code and as text, then a first code from the app. */
import type { TemplateResult } from 'lit';
import { totpSecret } from '../../../fields/totp-secret.js';
import { backToSignIn, codeInput } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenSettings, ScreenView } from './view.js';

export function renderSetupTotp(view: ScreenView<'setupTotp'>, settings: ScreenSettings): TemplateResult {
  const { t } = view.translator;
  const { secret } = view.state;
  const block = totpSecret({
    id: `${view.idPrefix}-totp`,
    secret,
    issuer: settings.totpIssuer,
    account: settings.totpAccountName,
    copied: view.fields.totpCopied,
    onCopy: () => {
      view.fields.copyTotpSecret(secret);
    },
    labels: {
      instructions: t('totp.instructions'),
      qrLabel: t('totp.qrLabel'),
      secretLabel: t('totp.secretLabel'),
      copy: t('totp.copy'),
      copied: t('totp.copied'),
      openApp: t('totp.openApp'),
    },
  });
  return formScreen(view, {
    name: 'setupTotp',
    title: 'setupTotp.title',
    fields: [block, codeInput(view, t('setupTotp.codeHint'))],
    submit: ['setupTotp.submit', 'setupTotp.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSetupTotp', code: value('code') });
    },
    footers: [backToSignIn(view)],
  });
}
