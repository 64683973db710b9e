/**
 * The user-pool transport on the AWS SDK (`@aws-sdk/client-cognito-identity-provider`, an
 * optional peer dependency): `createCognitoClient({ userPoolId, clientId, transport:
 * createSdkTransport({ region }) })`, then give the client to the element's `client` property.
 */
export { createSdkTransport } from './cognito/sdk-transport.js';
export type { SdkTransportOptions } from './cognito/sdk-transport.js';
export type { Transport, Operations, Operation } from './cognito/transport.js';
