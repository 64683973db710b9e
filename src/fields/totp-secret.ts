/**
 * The block that hands a TOTP secret to an authenticator app: a QR code drawn in the page,
 * the secret as text in groups of four (the QR code's text alternative), a copy button and
 * an `otpauth://` link for phones. Its layout uses logical properties, so it mirrors in
 * right-to-left languages while the secret itself stays left to right.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { qrSvg } from './qr.js';

export interface TotpSecretOptions {
  /** Document-unique id prefix. */
  readonly id: string;
  /** The shared secret (`SecretCode` from AssociateSoftwareToken). */
  readonly secret: string;
  /** Shown as the account's issuer in the app, e.g. the product name. */
  readonly issuer: string;
  /** Shown as the account name in the app, e.g. the user's email. */
  readonly account: string;
  readonly labels: {
    readonly instructions: string;
    readonly qrLabel: string;
    readonly secretLabel: string;
    readonly copy: string;
    readonly copied: string;
    readonly openApp: string;
  };
  /** The secret was copied: the status says so. */
  readonly copied: boolean;
  readonly onCopy: () => void;
}

/** The URI authenticator apps read: `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`. */
export function otpauthUri(secret: string, issuer: string, account: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`, easier to read and type. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s/gu, '').replace(/(.{4})(?=.)/gu, '$1 ');
}

export function totpSecret(options: TotpSecretOptions): TemplateResult {
  const uri = otpauthUri(options.secret, options.issuer, options.account);
  const qrLabelId = `${options.id}-qr-label`;
  return html`<div class="cognito-qr" data-part="totp-secret">
    <p class="cognito-screen__text" id="${options.id}-instructions">${options.labels.instructions}</p>
    <div class="cognito-qr__body">
      <figure class="cognito-qr__figure">
        <span class="cognito-visually-hidden" id=${qrLabelId}>${options.labels.qrLabel}</span>
        ${
          // Drawn once while the screen stays and re-renders; nothing keeps it (or the secret) once the screen is gone.
          guard([uri, qrLabelId], () => qrSvg(uri, qrLabelId))
        }
      </figure>
      <div class="cognito-qr__secret">
        <p class="cognito-field__label" id="${options.id}-secret-label">${options.labels.secretLabel}</p>
        <code class="cognito-qr__key" dir="ltr" aria-labelledby="${options.id}-secret-label">${groupSecret(options.secret)}</code>
        <button class="cognito-button cognito-button--secondary" type="button" @click=${options.onCopy}>${options.labels.copy}</button>
        <p class="cognito-qr__status" role="status">${options.copied ? options.labels.copied : nothing}</p>
        <a class="cognito-link" href=${uri}>${options.labels.openApp}</a>
      </div>
    </div>
  </div>`;
}
