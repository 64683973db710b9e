/**
 * The browser's side of a passkey (COGNITO-WIRE-2.md A.5, B.1, B.2, B.5): Cognito's JSON
 * options turned into what `navigator.credentials` takes, the credential turned back into
 * Cognito's JSON, and the ceremony's failures as messages. The browser's own JSON helpers
 * (`PublicKeyCredential.parseRequestOptionsFromJSON` and friends, `toJSON()`) are used where
 * present; a small codec stands in where they are not. A chunk of its own, loaded the first
 * time a passkey is used or made.
 */
import type { AuthError, AuthFailure } from '../core/types.js';

/** Makes the `AuthError` a failure is thrown as (handed in: this chunk does not load the core's types). */
export type Fail = (failure: AuthFailure, cause?: unknown) => AuthError;

/** Whether this browser can use passkeys here: WebAuthn, in a secure context. */
export function passkeysSupported(): boolean {
  return (
    'isSecureContext' in globalThis &&
    globalThis.isSecureContext &&
    typeof navigator !== 'undefined' &&
    'credentials' in navigator &&
    typeof globalThis.PublicKeyCredential === 'function'
  );
}

// ---- base64url, without padding (as Cognito and the WebAuthn JSON forms write it) ----

export function toBase64Url(bytes: ArrayBuffer | ArrayBufferView): string {
  const view =
    bytes instanceof ArrayBuffer
      ? new Uint8Array(bytes)
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

export function fromBase64Url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/gu, '+').replace(/_/gu, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

// ---- the JSON forms (WebAuthn Level 3), as far as this element reads and writes them ----

interface DescriptorJson {
  readonly id: string;
  readonly type: string;
  readonly transports?: readonly string[];
}

/** `PublicKeyCredentialRequestOptionsJSON`: Cognito's `CREDENTIAL_REQUEST_OPTIONS`. */
export interface RequestOptionsJson {
  readonly challenge: string;
  readonly allowCredentials?: readonly DescriptorJson[];
  readonly [member: string]: unknown;
}

/** `PublicKeyCredentialCreationOptionsJSON`: Cognito's `CredentialCreationOptions`. */
export interface CreationOptionsJson {
  readonly challenge: string;
  readonly user: { readonly id: string; readonly name: string; readonly displayName: string };
  readonly excludeCredentials?: readonly DescriptorJson[];
  readonly [member: string]: unknown;
}

/** What the browser's JSON helpers add to `PublicKeyCredential`, where it has them. */
interface JsonHelpers {
  parseRequestOptionsFromJSON?(options: RequestOptionsJson): PublicKeyCredentialRequestOptions;
  parseCreationOptionsFromJSON?(options: CreationOptionsJson): PublicKeyCredentialCreationOptions;
}

const descriptor = (item: DescriptorJson): PublicKeyCredentialDescriptor => ({
  type: 'public-key',
  id: fromBase64Url(item.id),
  // The browser ignores transports it does not know.
  ...(item.transports ? { transports: [...item.transports] as AuthenticatorTransport[] } : {}),
});

/** The options `navigator.credentials.get` takes, from their JSON form. */
export function requestOptions(json: RequestOptionsJson): PublicKeyCredentialRequestOptions {
  const helpers = globalThis.PublicKeyCredential as unknown as JsonHelpers | undefined;
  if (helpers?.parseRequestOptionsFromJSON) return helpers.parseRequestOptionsFromJSON(json);
  // Members this codec does not know (Level 3 `hints`, `attestation`) pass as they are.
  const { challenge, allowCredentials, ...rest } = json;
  return {
    ...rest,
    challenge: fromBase64Url(challenge),
    ...(allowCredentials ? { allowCredentials: allowCredentials.map(descriptor) } : {}),
  };
}

/** The options `navigator.credentials.create` takes, from their JSON form. */
export function creationOptions(json: CreationOptionsJson): PublicKeyCredentialCreationOptions {
  const helpers = globalThis.PublicKeyCredential as unknown as JsonHelpers | undefined;
  if (helpers?.parseCreationOptionsFromJSON) return helpers.parseCreationOptionsFromJSON(json);
  const { challenge, user, excludeCredentials, ...rest } = json;
  // The other members (`rp`, `pubKeyCredParams`, `authenticatorSelection`, `timeout`) are the same in both forms.
  return {
    ...(rest as unknown as Omit<PublicKeyCredentialCreationOptions, 'challenge' | 'user'>),
    challenge: fromBase64Url(challenge),
    user: { ...user, id: fromBase64Url(user.id) },
    ...(excludeCredentials ? { excludeCredentials: excludeCredentials.map(descriptor) } : {}),
  };
}

/** The members of a credential this codec reads, where `toJSON()` is missing. */
interface CredentialParts {
  readonly id: string;
  readonly rawId: ArrayBuffer;
  readonly type: string;
  readonly authenticatorAttachment?: string | null;
  readonly response: AuthenticatorResponse;
  getClientExtensionResults(): AuthenticationExtensionsClientOutputs;
  toJSON?(): unknown;
}

/** `AuthenticationResponseJSON` or `RegistrationResponseJSON`: the credential as Cognito takes it. */
export function credentialJson(credential: CredentialParts): Record<string, unknown> {
  if (typeof credential.toJSON === 'function') return credential.toJSON() as Record<string, unknown>;
  const { response } = credential;
  const encoded: Record<string, unknown> = { clientDataJSON: toBase64Url(response.clientDataJSON) };
  if ('attestationObject' in response) {
    const attestation = response as AuthenticatorAttestationResponse;
    encoded.attestationObject = toBase64Url(attestation.attestationObject);
    if (typeof attestation.getTransports === 'function') encoded.transports = attestation.getTransports();
    if (typeof attestation.getAuthenticatorData === 'function')
      encoded.authenticatorData = toBase64Url(attestation.getAuthenticatorData());
    if (typeof attestation.getPublicKeyAlgorithm === 'function')
      encoded.publicKeyAlgorithm = attestation.getPublicKeyAlgorithm();
    const publicKey = typeof attestation.getPublicKey === 'function' ? attestation.getPublicKey() : null;
    if (publicKey) encoded.publicKey = toBase64Url(publicKey);
  } else {
    const assertion = response as AuthenticatorAssertionResponse;
    encoded.authenticatorData = toBase64Url(assertion.authenticatorData);
    encoded.signature = toBase64Url(assertion.signature);
    if (assertion.userHandle) encoded.userHandle = toBase64Url(assertion.userHandle);
  }
  return {
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    response: encoded,
    clientExtensionResults: credential.getClientExtensionResults(),
    ...(credential.authenticatorAttachment ? { authenticatorAttachment: credential.authenticatorAttachment } : {}),
  };
}

// ---- the ceremonies ----

/** The page's host, for the page author's help. */
export const pageHost = (): string => ('location' in globalThis ? globalThis.location.hostname : 'this page');

/** How to tell the page author that the passkey domain does not fit this page. */
function relyingPartyHelp(): void {
  console.error(
    `<cognito-authenticator>: the browser refused the passkey's relying party for ${pageHost()}. Set the user pool's WebAuthn relying-party id (SetUserPoolMfaConfig WebAuthnConfiguration.RelyingPartyId) to this page's domain or a parent domain of it.`,
  );
}

/** A ceremony that did not finish, as a failure to show: the person can try again or choose another way. */
export function ceremonyError(error: unknown, making: boolean): AuthFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  // Making a passkey ends on its own screen; signing in with one goes back to the choice.
  const reason = making ? {} : { reason: 'passkeyFailed' as const };
  if (name === 'NotAllowedError' || name === 'AbortError')
    return { code: 'PasskeyCancelled', key: 'errors.passkeyCancelled', ...reason };
  if (making && name === 'InvalidStateError') return { code: 'PasskeyExists', key: 'errors.passkeyExists' };
  if (name === 'SecurityError') {
    relyingPartyHelp();
    return { code: 'PasskeyDomainMismatch', key: 'errors.passkeyDomain', ...reason };
  }
  return { code: 'PasskeyFailed', key: 'errors.passkeyFailed', ...reason };
}

/** Asks the browser for a passkey of `options` (a JSON string, as Cognito sends it); answers Cognito's `CREDENTIAL`. */
export async function usePasskey(options: string, fail: Fail): Promise<string> {
  let parsed: PublicKeyCredentialRequestOptions;
  try {
    parsed = requestOptions(JSON.parse(options) as RequestOptionsJson);
  } catch (error) {
    throw fail({ code: 'InvalidResponse', key: 'errors.unknown' }, error);
  }
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({ publicKey: parsed });
  } catch (error) {
    throw fail(ceremonyError(error, false), error);
  }
  if (!credential) throw fail(ceremonyError(new DOMException('', 'NotAllowedError'), false));
  return JSON.stringify(credentialJson(credential as unknown as CredentialParts));
}

/** Asks the browser to make a passkey of `options` (Cognito's `CredentialCreationOptions`); answers the `Credential`. */
export async function makePasskey(options: CreationOptionsJson, fail: Fail): Promise<Record<string, unknown>> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({ publicKey: creationOptions(options) });
  } catch (error) {
    throw fail(ceremonyError(error, true), error);
  }
  if (!credential) throw fail(ceremonyError(new DOMException('', 'NotAllowedError'), true));
  return credentialJson(credential as unknown as CredentialParts);
}
