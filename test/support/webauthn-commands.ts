/**
 * The virtual-authenticator commands (Chromium's DevTools `WebAuthn` domain), shared by the
 * wtr plugin (`wtr-webauthn-plugin.ts`, Node) and the browser helpers (`webauthn.ts`).
 * It imports nothing at run time, so both sides can load it.
 */

/** A passkey the virtual authenticator holds. */
export interface VirtualCredential {
  /** base64 (not base64url), as the DevTools protocol writes it. */
  readonly credentialId: string;
  readonly rpId: string;
  readonly isResidentCredential: boolean;
  readonly signCount: number;
}

export interface WebAuthnCommandMap {
  /** Adds an internal (platform) CTAP2 authenticator with resident keys and user verification. */
  'webauthn-add': { payload: { userVerified: boolean }; result: { authenticatorId: string } };
  'webauthn-credentials': { payload: { authenticatorId: string }; result: VirtualCredential[] };
  /** Sets whether the person passes user verification (a fingerprint, a PIN) from now on. */
  'webauthn-user-verified': { payload: { authenticatorId: string; verified: boolean }; result: true };
  /** Makes the next answers carry a bogus signature (the authenticator misbehaves, or an attacker). */
  'webauthn-bogus-signature': { payload: { authenticatorId: string; bogus: boolean }; result: true };
  'webauthn-remove': { payload: { authenticatorId: string }; result: true };
}

export type WebAuthnCommand = keyof WebAuthnCommandMap;

export const webAuthnCommands: readonly WebAuthnCommand[] = [
  'webauthn-add',
  'webauthn-credentials',
  'webauthn-user-verified',
  'webauthn-bogus-signature',
  'webauthn-remove',
];
