/**
 * Browser-side helpers for passkey tests: a virtual authenticator in this Chromium page
 * (`wtr-webauthn-plugin.ts`), which makes and uses real passkeys.
 *
 * ```ts
 * const authenticator = await virtualAuthenticator();
 * // … the element makes a passkey …
 * expect(await authenticator.credentials()).to.have.length(1);
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { VirtualCredential, WebAuthnCommandMap } from './webauthn-commands.js';

export type { VirtualCredential };

function command<C extends keyof WebAuthnCommandMap>(
  name: C,
  payload: WebAuthnCommandMap[C]['payload'],
): Promise<WebAuthnCommandMap[C]['result']> {
  return executeServerCommand<WebAuthnCommandMap[C]['result'], WebAuthnCommandMap[C]['payload']>(name, payload);
}

export interface VirtualAuthenticator {
  readonly id: string;
  /** The passkeys it holds. */
  credentials(): Promise<VirtualCredential[]>;
  /** Whether the person passes the fingerprint or PIN check from now on (fails: the browser says NotAllowedError). */
  userVerified(verified: boolean): Promise<void>;
  /** Whether its answers carry a bogus signature from now on. */
  bogusSignature(bogus: boolean): Promise<void>;
  remove(): Promise<void>;
}

/** Adds a platform authenticator (resident keys, user verification) to this page. */
export async function virtualAuthenticator(options: { userVerified?: boolean } = {}): Promise<VirtualAuthenticator> {
  const { authenticatorId: id } = await command('webauthn-add', { userVerified: options.userVerified ?? true });
  return {
    id,
    credentials: () => command('webauthn-credentials', { authenticatorId: id }),
    userVerified: async (verified) => {
      await command('webauthn-user-verified', { authenticatorId: id, verified });
    },
    bogusSignature: async (bogus) => {
      await command('webauthn-bogus-signature', { authenticatorId: id, bogus });
    },
    remove: async () => {
      await command('webauthn-remove', { authenticatorId: id });
    },
  };
}
