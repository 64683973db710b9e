/** The element class, its types, the Cognito client and the framework-free core. */
export { CognitoAuthenticator } from './elements/cognito-authenticator/cognito-authenticator.js';
export type {
  CognitoAuthenticatorEventMap,
  RouteChangeDetail,
  SignedInDetail,
} from './elements/cognito-authenticator/cognito-authenticator.js';
export { createCognitoClient, parseUserPoolId, defaultEndpoint } from './cognito/client.js';
export type { AuthFlow, CognitoClientOptions } from './cognito/client.js';
export type { KeyValueStorage, StorageOption } from './cognito/session-store.js';
export { createFetchTransport } from './cognito/transport.js';
export type { Transport, Operations, Operation } from './cognito/transport.js';
export * from './core/index.js';
