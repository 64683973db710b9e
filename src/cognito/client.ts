/**
 * The `AuthClient` for an Amazon Cognito user pool, called straight from the browser:
 * SRP (default) or password sign-in, sign-up and its confirmation, the session kept in
 * storage, refreshed before it expires, revoked on sign-out. The calls live with their
 * flow (`sign-in.ts`, `sign-up.ts`, `account-calls.ts`); the session over time in
 * `session-manager.ts`. The calls of sign-up, of a forgotten password and of verifying a
 * contact are loaded on their first use: signing in with a password needs none of them.
 */
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { callClient, type AuthClient, type OperationInput, type OperationName } from '../core/operations.js';
import { AuthError, type AuthFailure, type Contact, type SignOutResult } from '../core/types.js';
import type { CallContext } from './call-context.js';
import { cognitoError, invalidResponse, noSession } from './errors.js';
import { createSessionManager, type SessionManager } from './session-manager.js';
import { createSessionStore, resolveStorage, type StorageOption } from './session-store.js';
import { createSignInCalls, type AuthFlow, type UserAuthPassword } from './sign-in.js';
import { createFetchTransport, type Transport } from './transport.js';

export type { AuthFlow, UserAuthPassword } from './sign-in.js';

export interface CognitoClientOptions {
  /** The user pool id, `<region>_<id>`. */
  readonly userPoolId: string;
  /** The app client id; the app client must have no secret. */
  readonly clientId: string;
  /** The region; read from the pool id when absent. */
  readonly region?: string;
  /** The user-pool endpoint (`https:`, or `http:` on loopback); Cognito's regional endpoint when absent. */
  readonly endpoint?: string;
  /**
   * `USER_SRP_AUTH` (default: the password never leaves the browser), `USER_PASSWORD_AUTH`,
   * or `USER_AUTH`: Cognito's choice-based sign-in (passkeys, codes by email or text
   * message, the password), which the app client must allow (`ALLOW_USER_AUTH`).
   */
  readonly authFlow?: AuthFlow;
  /** How `USER_AUTH` takes the password: `PASSWORD_SRP` (default) or `PASSWORD` as it is. */
  readonly userAuthPassword?: UserAuthPassword;
  /**
   * The call that refreshes tokens: `GetTokensFromRefreshToken` (works with refresh-token
   * rotation on) or `REFRESH_TOKEN_AUTH`. When absent, the first, and the second where the
   * service does not know the first (an emulator, an older proxy).
   */
  readonly refreshFlow?: RefreshFlow;
  /** Where tokens are kept. */
  readonly storage?: StorageOption;
  /** How long before the access token expires it is refreshed, in seconds. */
  readonly refreshLeewaySeconds?: number;
  /** Milliseconds before a request is given up: a positive integer. */
  readonly timeoutMs?: number;
  /** Another transport (the AWS SDK one, or a test double). */
  readonly transport?: Transport;
}

export type RefreshFlow = 'GetTokensFromRefreshToken' | 'REFRESH_TOKEN_AUTH';

const configurationError = (code: string): AuthError => new AuthError({ code, key: 'errors.configuration' });

/** Splits `<region>_<id>`; throws a configuration error when it is not a pool id. */
export function parseUserPoolId(userPoolId: string): { region: string; poolName: string } {
  const match = /^([\w-]+)_([0-9a-zA-Z]+)$/u.exec(userPoolId);
  if (!match?.[1] || !match[2]) throw configurationError('InvalidUserPoolId');
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
  if (!REGION.test(region)) throw configurationError('UnknownRegion');
  return region;
}

/** Cognito's regional host (China regions use `amazonaws.com.cn`). */
function cognitoHost(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/** Cognito's regional endpoint. */
export function defaultEndpoint(region: string): string {
  return `${cognitoHost(region)}/`;
}

/** An endpoint tokens may be sent to: `https:`, or `http:` to this machine (an emulator). */
export function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw configurationError('InsecureEndpoint');
  }
  const loopback =
    /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/u.test(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw configurationError('InsecureEndpoint');
  return endpoint;
}

/** The checks of the options that no request could reveal: a wrong one is the page author's to fix. */
function checkOptions(options: CognitoClientOptions): void {
  if (options.clientId.trim() === '') throw configurationError('MissingClientId');
  // Anything but the two exact names would risk sending the password by mistake.
  const authFlow: string | undefined = options.authFlow;
  if (
    authFlow !== undefined &&
    authFlow !== 'USER_SRP_AUTH' &&
    authFlow !== 'USER_PASSWORD_AUTH' &&
    authFlow !== 'USER_AUTH'
  )
    throw configurationError('InvalidAuthFlow');
  const userAuthPassword: string | undefined = options.userAuthPassword;
  if (userAuthPassword !== undefined && userAuthPassword !== 'PASSWORD_SRP' && userAuthPassword !== 'PASSWORD')
    throw configurationError('InvalidAuthFlow');
  const refreshFlow: string | undefined = options.refreshFlow;
  if (refreshFlow !== undefined && refreshFlow !== 'GetTokensFromRefreshToken' && refreshFlow !== 'REFRESH_TOKEN_AUTH')
    throw configurationError('InvalidRefreshFlow');
  const timeout = options.timeoutMs;
  if (timeout !== undefined && !(Number.isSafeInteger(timeout) && timeout > 0))
    throw configurationError('InvalidTimeout');
  if (options.endpoint !== undefined) checkEndpoint(options.endpoint);
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

/** Asks the pool for new tokens: GetTokensFromRefreshToken, or REFRESH_TOKEN_AUTH where the service lacks it. */
function refresherOf(options: CognitoClientOptions, send: CallContext['send']): Refresh {
  let flow = options.refreshFlow;
  const initiateAuth = async (refreshToken: string): Promise<AuthenticationResultType> => {
    const response = await send('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: options.clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    return response.AuthenticationResult ?? Promise.reject(invalidResponse());
  };
  return async (refreshToken) => {
    if (flow === 'REFRESH_TOKEN_AUTH') return initiateAuth(refreshToken);
    try {
      const response = await send('GetTokensFromRefreshToken', {
        ClientId: options.clientId,
        RefreshToken: refreshToken,
      });
      if (!response.AuthenticationResult) throw invalidResponse();
      return response.AuthenticationResult;
    } catch (error) {
      // Only a service that does not know the call: a passing outage of Cognito is no reason to change.
      const unknownCall = error instanceof AuthError && error.code === 'UnknownOperationException';
      if (flow !== undefined || !unknownCall) throw error;
      const result = await initiateAuth(refreshToken);
      // The service answers the older call: it is the one from now on.
      flow = 'REFRESH_TOKEN_AUTH';
      return result;
    }
  };
}

type Refresh = (refreshToken: string) => Promise<AuthenticationResultType>;

/** The session of this pool and app client. */
function sessionsOf(options: CognitoClientOptions, region: string, refresh: Refresh): SessionManager {
  const { userPoolId, clientId, endpoint } = options;
  const owner = {
    userPoolId,
    clientId,
    // Tokens from Cognito itself name its issuer; an emulator or proxy names its own, and
    // the app's own transport may reach the pool through either.
    ...(endpoint !== undefined
      ? { endpoint }
      : options.transport === undefined
        ? { issuer: `${cognitoHost(region)}/${userPoolId}` }
        : {}),
  };
  return createSessionManager({
    store: createSessionStore(resolveStorage(options.storage), owner),
    leewayMs: (options.refreshLeewaySeconds ?? 60) * 1000,
    // Only storage other tabs share tells of their sign-ins and sign-outs.
    followOtherTabs: options.storage !== 'memory' && options.storage !== 'session',
    refresh,
  });
}

/** How long before expiry an access token is refreshed for GlobalSignOut, which refuses an expired one. */
const SIGN_OUT_MARGIN_MS = 10_000;

/**
 * Forgets the session here first, so that whoever signed out is signed out whatever the
 * network does; then, for everywhere, GlobalSignOut with an access token still good (a
 * refreshed one when it is not), and only then RevokeToken, which would make GlobalSignOut
 * fail had it come first.
 */
async function signOut(context: CallContext, refresh: Refresh, global: boolean): Promise<SignOutResult> {
  const session = context.sessions.end();
  if (!session) return {};
  const { accessToken, refreshToken, expiresAt } = session.tokens;
  let globalFailure: AuthFailure | undefined;
  if (global) {
    try {
      const token =
        expiresAt - SIGN_OUT_MARGIN_MS > Date.now() || !refreshToken
          ? accessToken
          : ((await refresh(refreshToken)).AccessToken ?? accessToken);
      await context.send('GlobalSignOut', { AccessToken: token });
    } catch (error) {
      globalFailure = error instanceof AuthError ? error : invalidResponse(error);
    }
  }
  if (refreshToken)
    await context.send('RevokeToken', { ClientId: context.clientId, Token: refreshToken }).catch(() => undefined);
  return globalFailure ? { globalFailure } : {};
}

/** The contacts Cognito can verify. */
const CONTACTS = ['email', 'phone_number'];

/** The signed-in user's email and phone number that are not verified yet (asked after every sign-in). */
async function unverifiedContacts(context: CallContext): Promise<Contact[]> {
  const session = context.sessions.current();
  if (!session) return [];
  const user = await context.send('GetUser', { AccessToken: session.tokens.accessToken });
  const value = (name: string): string | undefined =>
    user.UserAttributes?.find((attribute) => attribute.Name === name)?.Value;
  return CONTACTS.flatMap((name) => {
    const contact = value(name);
    return contact && value(`${name}_verified`) !== 'true' ? [{ name, value: contact }] : [];
  });
}

/**
 * Calls whose module is loaded on the first of them: each method loads it (once), then
 * makes the call. A module that cannot be fetched fails the call as the network being down
 * does, and is tried again on the next call.
 */
function onFirstUse<K extends OperationName>(
  names: readonly K[],
  load: () => Promise<Pick<AuthClient, K>>,
): Pick<AuthClient, K> {
  let loading: Promise<Pick<AuthClient, K>> | undefined;
  const call = async (name: K, input: OperationInput<K>): Promise<unknown> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw cognitoError('NetworkError', '', error);
    });
    return callClient(await loading, name, input);
  };
  // Each method takes its call's input and answers its output, as the module's own does.
  return Object.fromEntries(names.map((name) => [name, (input: OperationInput<K>) => call(name, input)])) as Pick<
    AuthClient,
    K
  >;
}

export function createCognitoClient(options: CognitoClientOptions): AuthClient {
  const { region: poolRegion, poolName } = parseUserPoolId(options.userPoolId);
  checkOptions(options);
  const transport = transportOf(options, poolRegion);
  const inFlight = new AbortController();
  const sendPlain: CallContext['send'] = (operation, input) => transport.send(operation, input, inFlight.signal);
  // Cognito's threat-protection collector, where the page has loaded it, adds its data to the request.
  const send: CallContext['send'] = (operation, input) =>
    'AmazonCognitoAdvancedSecurityData' in globalThis
      ? import('./context-data.js').then(({ sendWithContextData }) =>
          sendWithContextData(sendPlain, options.userPoolId, options.clientId, operation, input),
        )
      : sendPlain(operation, input);
  const refresh = refresherOf(options, send);
  const sessions = sessionsOf(options, options.region ?? poolRegion, refresh);
  const context: CallContext = {
    clientId: options.clientId,
    poolName,
    sessions,
    accessToken: () => {
      const session = sessions.current();
      if (!session) throw noSession();
      return session.tokens.accessToken;
    },
    signUpSessions: new Map(),
    send,
  };
  return {
    restoreSession: () => sessions.restore(),
    ...createSignInCalls(context, options.authFlow ?? 'USER_SRP_AUTH', options.userAuthPassword),
    unverifiedContacts: () => unverifiedContacts(context),
    ...onFirstUse(['signUp', 'confirmSignUp', 'resendSignUpCode'], () =>
      import('./sign-up.js').then((module) => module.createSignUpCalls(context)),
    ),
    ...onFirstUse(['forgotPassword', 'confirmForgotPassword', 'sendAttributeCode', 'verifyAttribute'], () =>
      import('./account-calls.js').then((module) => module.createAccountCalls(context)),
    ),
    signOut: ({ global }) => signOut(context, refresh, global),
    // Given by `withFederation` (cognito-authenticator/federation), which knows the domain.
    federatedSignIn: () => Promise.reject(configurationError('FederationNeedsDomain')),
    keepTokens: (result) => sessions.keep(result),
    onSessionChange: (listener) => sessions.onChange(listener),
    currentSession: () => sessions.fresh(),
    dispose() {
      sessions.dispose();
      inFlight.abort();
    },
  };
}
