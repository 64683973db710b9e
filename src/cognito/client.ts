/**
 * The `AuthClient` for an Amazon Cognito user pool, called straight from the browser:
 * SRP (default) or password sign-in, sign-up and its confirmation, the session kept in
 * storage, refreshed before it expires, revoked on sign-out. The calls live with their
 * flow (`sign-in.ts`, `sign-up.ts`, `account-calls.ts`); the session over time in
 * `session-manager.ts`.
 */
import type { AuthClient } from '../core/operations.js';
import { AuthError } from '../core/types.js';
import { createAccountCalls } from './account-calls.js';
import type { CallContext } from './call-context.js';
import { invalidResponse } from './errors.js';
import { createSessionManager, type SessionManager } from './session-manager.js';
import { createSessionStore, resolveStorage, type StorageOption } from './session-store.js';
import { createSignInCalls, type AuthFlow } from './sign-in.js';
import { createSignUpCalls } from './sign-up.js';
import { createFetchTransport, type Transport } from './transport.js';

export type { AuthFlow } from './sign-in.js';

export interface CognitoClientOptions {
  /** The user pool id, `<region>_<id>`. */
  readonly userPoolId: string;
  /** The app client id; the app client must have no secret. */
  readonly clientId: string;
  /** The region; read from the pool id when absent. */
  readonly region?: string;
  /** The user-pool endpoint; Cognito's regional endpoint when absent. */
  readonly endpoint?: string;
  /** `USER_SRP_AUTH` (default: the password never leaves the browser) or `USER_PASSWORD_AUTH`. */
  readonly authFlow?: AuthFlow;
  /** Where tokens are kept. */
  readonly storage?: StorageOption;
  /** How long before the access token expires it is refreshed, in seconds. */
  readonly refreshLeewaySeconds?: number;
  /** Milliseconds before a request is given up. */
  readonly timeoutMs?: number;
  /** Another transport (the AWS SDK one, or a test double). */
  readonly transport?: Transport;
}

/** Splits `<region>_<id>`; throws a configuration error when it is not a pool id. */
export function parseUserPoolId(userPoolId: string): { region: string; poolName: string } {
  const match = /^([\w-]+)_([0-9a-zA-Z]+)$/u.exec(userPoolId);
  if (!match?.[1] || !match[2]) throw new AuthError({ code: 'InvalidUserPoolId', key: 'errors.configuration' });
  return { region: match[1], poolName: match[2] };
}

/**
 * An AWS region name: a partition prefix, a direction and a number (`eu-west-1`,
 * `us-gov-west-1`, `cn-north-1`, `ap-southeast-7`). Typos such as `eu-west1`, `EU-WEST-1`
 * or an availability zone (`us-east-1a`) are not regions.
 */
const REGION =
  /^(?:us|us-gov|us-iso|us-isob|eu|eusc|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/u;

/** Throws a configuration error for a region Cognito has no endpoint in. */
export function checkRegion(region: string): string {
  if (!REGION.test(region)) throw new AuthError({ code: 'UnknownRegion', key: 'errors.configuration' });
  return region;
}

/** Cognito's regional endpoint (China regions use `amazonaws.com.cn`). */
export function defaultEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/`;
}

/** The transport the options name: their own, or `fetch` to the pool's endpoint. */
function transportOf(options: CognitoClientOptions, poolRegion: string): Transport {
  if (options.transport) return options.transport;
  return createFetchTransport({
    // A custom endpoint (a proxy, a local emulator) may use any region name.
    endpoint: options.endpoint ?? defaultEndpoint(checkRegion(options.region ?? poolRegion)),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}

/** The session of this pool and app client, refreshed with REFRESH_TOKEN_AUTH. */
function sessionsOf(options: CognitoClientOptions, send: CallContext['send']): SessionManager {
  return createSessionManager({
    store: createSessionStore(resolveStorage(options.storage), options.userPoolId, options.clientId),
    leewayMs: (options.refreshLeewaySeconds ?? 60) * 1000,
    // Only storage other tabs share tells of their sign-ins and sign-outs.
    followOtherTabs: options.storage !== 'memory' && options.storage !== 'session',
    async refresh(refreshToken) {
      const response = await send('InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: options.clientId,
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      });
      if (!response.AuthenticationResult) throw invalidResponse();
      return response.AuthenticationResult;
    },
  });
}

/** Forgets the session here, then tells Cognito (best effort: the tokens are gone from this browser already). */
async function signOut(context: CallContext, global: boolean): Promise<void> {
  const session = context.sessions.end();
  if (!session) return;
  const calls: Promise<unknown>[] = [];
  if (global) calls.push(context.send('GlobalSignOut', { AccessToken: session.tokens.accessToken }));
  if (session.tokens.refreshToken)
    calls.push(context.send('RevokeToken', { ClientId: context.clientId, Token: session.tokens.refreshToken }));
  await Promise.allSettled(calls);
}

export function createCognitoClient(options: CognitoClientOptions): AuthClient {
  const { region: poolRegion, poolName } = parseUserPoolId(options.userPoolId);
  if (options.clientId.trim() === '') throw new AuthError({ code: 'MissingClientId', key: 'errors.configuration' });
  const transport = transportOf(options, poolRegion);
  const inFlight = new AbortController();
  const send: CallContext['send'] = (operation, input) => transport.send(operation, input, inFlight.signal);
  const sessions = sessionsOf(options, send);
  const context: CallContext = { clientId: options.clientId, poolName, sessions, signUpSessions: new Map(), send };
  return {
    restoreSession: () => sessions.restore(),
    ...createSignInCalls(context, options.authFlow ?? 'USER_SRP_AUTH'),
    ...createSignUpCalls(context),
    ...createAccountCalls(context),
    signOut: ({ global }) => signOut(context, global),
    onSessionChange: (listener) => sessions.onChange(listener),
    dispose() {
      sessions.dispose();
      inFlight.abort();
    },
  };
}
