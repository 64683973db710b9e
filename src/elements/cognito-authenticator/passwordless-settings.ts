/**
 * The element's side of the passwordless flow: the ways `auth-methods` lists (a passkey only
 * where the browser can use one), when `passkey-prompt` offers a passkey, and the flow
 * itself for the machine. A chunk of its own, loaded only by a page whose `auth-methods` is
 * not `password` alone.
 */
import type { AuthenticatorConfig } from '../../core/config.js';
import type { FlowKit } from '../../core/flows/kit.js';
import { createPasswordlessFlow } from '../../core/flows/passwordless.js';
import type { AuthMethod } from '../../core/types.js';

const METHODS: readonly AuthMethod[] = ['passkey', 'email-otp', 'sms-otp', 'password'];

/** Whether this browser can use a passkey here: WebAuthn, in a secure context. */
const webAuthn = (): boolean => 'PublicKeyCredential' in globalThis && globalThis.isSecureContext;

/** The known ways of a list, each once, in its order (a passkey only where the browser can use one); the password when none is left. */
export function knownMethods(list: readonly string[]): AuthMethod[] {
  const known = list.filter(
    (method, index): method is AuthMethod =>
      METHODS.some((name) => name === method) && list.indexOf(method) === index && (method !== 'passkey' || webAuthn()),
  );
  return known.length > 0 ? known : ['password'];
}

/** What the passwordless settings add to the journey's config. */
export type PasswordlessConfig = Pick<AuthenticatorConfig, 'authMethods' | 'passkeyPrompt' | 'flows'>;

/** The passwordless part of the config, from the element's settings; the flow is made once. */
export function passwordlessSettings(
  kit: FlowKit,
): (settings: { readonly authMethods: readonly string[]; readonly passkeyPrompt: string }) => PasswordlessConfig {
  const flows = [createPasswordlessFlow(kit)];
  return ({ authMethods, passkeyPrompt }) => ({
    authMethods: knownMethods(authMethods),
    passkeyPrompt: {
      afterSignIn: passkeyPrompt === 'both' || passkeyPrompt === 'after-sign-in',
      afterSignUp: passkeyPrompt === 'both' || passkeyPrompt === 'after-sign-up',
    },
    flows,
  });
}
