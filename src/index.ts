/**
 * `cognito-authenticator`: the element, its events and settings, the Cognito client, and
 * the framework-free core for a UI of your own. Importing this module does not register the
 * tag; `cognito-authenticator/define` does.
 */
export { CognitoAuthenticator } from './elements/cognito-authenticator/cognito-authenticator.js';
export type {
  CognitoAuthenticatorEventMap,
  RouteChangeDetail,
  SessionExpiredDetail,
  SignedInDetail,
  SignedOutDetail,
} from './elements/cognito-authenticator/cognito-authenticator.js';
export { createCognitoClient } from './cognito/client.js';
export type { AuthFlow, CognitoClientOptions, RefreshFlow, UserAuthPassword } from './cognito/client.js';
export type { KeyValueStorage, StorageOption } from './cognito/session-store.js';
export { createFetchTransport } from './cognito/transport.js';
export { withCognitoDomain } from './cognito/cognito-domain.js';
export type { CognitoDomainOptions } from './cognito/cognito-domain.js';
export type { Transport } from './cognito/transport.js';
export * from './core/index.js';
