/**
 * The framework-free core, for apps that draw their own UI: `createAuthenticator` runs the
 * journey against an `AuthClient`; its state says which screen to show and with what.
 */
export * from './types.js';
export type { AuthClient, Operations, OperationName } from './operations.js';
export type { AuthenticatorConfig } from './config.js';
export { defaultConfig } from './config.js';
export type { AuthState, RouteData } from './state.js';
export type { FederationEvent, NavigableRoute, PasswordlessEvent, UserEvent } from './events.js';
export { createAuthenticator } from './authenticator.js';
import { flowKit } from './flows/kit.js';
import { createFederationFlow } from './flows/federation.js';
import { createPasswordlessFlow } from './flows/passwordless.js';

/** Choice-based sign-in (`USER_AUTH`), for `config.flows`: passkeys, codes by email or text message, the password. */
export const passwordlessFlow = createPasswordlessFlow(flowKit);
/**
 * Sign-in through the Cognito domain with a provider, for `config.flows` (with
 * `config.providers`, and a client made by `withFederation`): `signInWithProvider`.
 */
export const federationFlow = createFederationFlow(flowKit);
export type { FlowExtension } from './flows/flow.js';
export type { Authenticator, AuthenticatorOptions, StateListener } from './authenticator.js';
export { withHooks } from './hooks.js';
export type { AuthCall, AuthHooks } from './hooks.js';
export { defaultPasswordPolicy, unmetPasswordRules } from './validation.js';
export type { FieldError, FieldErrors, PasswordPolicy, PasswordRule } from './validation.js';
