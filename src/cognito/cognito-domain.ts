/**
 * Sign-in through the Cognito domain for a UI of your own: `withCognitoDomain` gives a
 * client from `createCognitoClient` the `federatedSignIn` call (the page goes to the
 * provider) and finishes, in `restoreSession`, the attempt the address answers when the
 * page comes back. With `federationFlow` and `config.providers` in the machine.
 */
import type { AuthClient } from '../core/operations.js';
import { AuthError } from '../core/types.js';
import { domainSettings, pageTools, withFederation } from './federation.js';
import { decodeJwt } from './session-store.js';

export interface CognitoDomainOptions {
  /** The pool's Cognito domain: `example.auth.eu-west-1.amazoncognito.com`, a custom domain, or its https URL. */
  readonly domain: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** One of the app client's callback URLs; this page without query and fragment when absent. */
  readonly redirectUri?: string;
  /** Default: `openid email profile aws.cognito.signin.user.admin`. */
  readonly scopes?: readonly string[];
  /** The language of the domain's pages, e.g. `de`. */
  readonly lang?: string;
}

export function withCognitoDomain(client: AuthClient, options: CognitoDomainOptions): AuthClient {
  return withFederation(client, domainSettings(options), {
    storage: sessionStorage,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    fail: (failure, cause) => new AuthError(failure, { cause }),
    claimsOf: decodeJwt,
    ...pageTools(() => options.lang),
  });
}
