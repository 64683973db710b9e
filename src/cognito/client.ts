/**
 * The `AuthClient` for an Amazon Cognito user pool, called straight from the browser:
 * SRP (default) or password sign-in, sign-up and its confirmation, the session kept in
 * storage, refreshed before it expires, revoked on sign-out.
 */
import type {
  AuthenticationResultType,
  CodeDeliveryDetailsType,
  InitiateAuthResponse,
  RespondToAuthChallengeRequest,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AuthError,
  type AuthClient,
  type AuthSession,
  type AuthTokens,
  type CodeDelivery,
  type SessionChange,
  type SignInResult,
} from '../core/types.js';
import { cognitoError } from './errors.js';
import { createSessionStore, resolveStorage, type SessionStore, type StorageOption } from './session-store.js';
import { createSrpClient } from './srp.js';
import { createFetchTransport, type Transport } from './transport.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';

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

const MAX_TIMER_MS = 2_147_483_647;
const RETRY_REFRESH_MS = 30_000;
const MIN_REFRESH_INTERVAL_MS = 30_000;

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

function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | undefined {
  if (!details?.Destination) return undefined;
  return {
    destination: details.Destination,
    medium: details.DeliveryMedium === 'SMS' ? 'SMS' : 'EMAIL',
    attribute: details.AttributeName ?? (details.DeliveryMedium === 'SMS' ? 'phone_number' : 'email'),
  };
}

function toTokens(result: AuthenticationResultType, previousRefreshToken?: string): AuthTokens {
  if (!result.IdToken || !result.AccessToken) throw cognitoError('InvalidResponse');
  const refreshToken = result.RefreshToken ?? previousRefreshToken;
  const expiresAt = Date.now() + (result.ExpiresIn ?? 3600) * 1000;
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    expiresAt,
    ...(refreshToken ? { refreshToken } : {}),
  };
}

export function createCognitoClient(options: CognitoClientOptions): AuthClient {
  const { region: poolRegion, poolName } = parseUserPoolId(options.userPoolId);
  if (options.clientId.trim() === '') throw new AuthError({ code: 'MissingClientId', key: 'errors.configuration' });
  const region = options.region ?? poolRegion;
  const transport =
    options.transport ??
    createFetchTransport({
      // A custom endpoint (a proxy, a local emulator) may use any region name.
      endpoint: options.endpoint ?? defaultEndpoint(checkRegion(region)),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  const store: SessionStore = createSessionStore(resolveStorage(options.storage), options.userPoolId, options.clientId);
  const clientId = options.clientId;
  const authFlow = options.authFlow ?? 'USER_SRP_AUTH';
  const leewayMs = (options.refreshLeewaySeconds ?? 60) * 1000;
  const listeners = new Set<(change: SessionChange) => void>();
  const inFlight = new AbortController();
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const notify = (change: SessionChange): void => {
    for (const listener of listeners) listener(change);
  };

  const cancelRefresh = (): void => {
    if (refreshTimer !== undefined) clearTimeout(refreshTimer);
    refreshTimer = undefined;
  };

  /** Refreshes `leeway` before expiry; never sooner than `minDelayMs` (so short-lived tokens cannot loop). */
  const scheduleRefresh = (session: AuthSession, minDelayMs = 0): void => {
    cancelRefresh();
    if (!session.tokens.refreshToken) return;
    const delay = Math.max(minDelayMs, session.tokens.expiresAt - leewayMs - Date.now());
    refreshTimer = setTimeout(
      () => {
        refreshTimer = undefined;
        refresh(session).then(
          (fresh) => notify({ type: 'refreshed', session: fresh }),
          (error: unknown) => {
            if (error instanceof AuthError && error.code === 'NotAuthorizedException') {
              store.clear();
              notify({ type: 'ended' });
            } else {
              // A network blip: try again shortly; the tokens are kept meanwhile.
              scheduleRefresh(session, RETRY_REFRESH_MS);
            }
          },
        );
      },
      Math.min(delay, MAX_TIMER_MS),
    );
  };

  const keep = (result: AuthenticationResultType, previousRefreshToken?: string): AuthSession => {
    const session = store.save(toTokens(result, previousRefreshToken));
    scheduleRefresh(session, previousRefreshToken === undefined ? 0 : MIN_REFRESH_INTERVAL_MS);
    return session;
  };

  const refreshNow = async (session: AuthSession): Promise<AuthSession> => {
    // Another tab may have refreshed while this one waited for its turn: use its tokens.
    const stored = store.load();
    if (
      stored &&
      stored.tokens.expiresAt > session.tokens.expiresAt &&
      stored.tokens.expiresAt - leewayMs > Date.now()
    ) {
      scheduleRefresh(stored, MIN_REFRESH_INTERVAL_MS);
      return stored;
    }
    const refreshToken = session.tokens.refreshToken;
    if (!refreshToken) throw cognitoError('NotAuthorizedException', 'Refresh Token has expired');
    const response = await transport.send(
      'InitiateAuth',
      { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } },
      inFlight.signal,
    );
    if (!response.AuthenticationResult) throw cognitoError('InvalidResponse');
    return keep(response.AuthenticationResult, refreshToken);
  };

  /** Refreshes the tokens, one tab at a time (Web Locks, where the browser has them). */
  const refresh = (session: AuthSession): Promise<AuthSession> => {
    const locks =
      typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
    // `request` resolves with the callback's promise settled; `then` gives it its type back.
    return locks
      ? locks.request(`${store.key}.refresh`, () => refreshNow(session)).then((fresh) => fresh)
      : refreshNow(session);
  };

  /** Another tab of this origin signed in, refreshed or signed out: follow it. */
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== store.key && event.key !== null) return;
    const session = store.load();
    if (session) {
      scheduleRefresh(session, MIN_REFRESH_INTERVAL_MS);
      notify({ type: 'refreshed', session });
    } else {
      cancelRefresh();
      notify({ type: 'ended' });
    }
  };
  if (typeof window !== 'undefined' && options.storage !== 'memory' && options.storage !== 'session')
    window.addEventListener('storage', onStorage);

  /** Sessions from SignUp and ConfirmSignUp, by username: they sign a new user in without the password. */
  const signUpSessions = new Map<string, string>();

  /** The challenge in progress: its session and the username Cognito knows the user by. */
  let pending: { session: string | undefined; username: string } | undefined;

  const settle = (response: InitiateAuthResponse, typedUsername: string): SignInResult => {
    if (response.AuthenticationResult) {
      pending = undefined;
      return { kind: 'signedIn', session: keep(response.AuthenticationResult) };
    }
    if (!response.ChallengeName) throw cognitoError('InvalidResponse');
    const parameters = response.ChallengeParameters ?? {};
    pending = {
      session: response.Session,
      username: parameters.USER_ID_FOR_SRP ?? parameters.USERNAME ?? typedUsername,
    };
    return { kind: 'challenge', challenge: { name: response.ChallengeName, parameters } };
  };

  const signInWithSrp = async (username: string, password: string): Promise<SignInResult> => {
    const srp = await createSrpClient(poolName);
    const started = await transport.send(
      'InitiateAuth',
      { AuthFlow: 'USER_SRP_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, SRP_A: srp.srpA } },
      inFlight.signal,
    );
    if (started.ChallengeName !== 'PASSWORD_VERIFIER') return settle(started, username);
    const parameters = started.ChallengeParameters ?? {};
    const { SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP } = parameters;
    if (!SRP_B || !SALT || !SECRET_BLOCK || !USER_ID_FOR_SRP) throw cognitoError('InvalidResponse');
    let claim;
    try {
      claim = await srp.claim({ SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP }, password);
    } catch (error) {
      throw cognitoError('InvalidResponse', '', error);
    }
    const answered = await transport.send(
      'RespondToAuthChallenge',
      {
        ChallengeName: 'PASSWORD_VERIFIER',
        ClientId: clientId,
        ChallengeResponses: { ...claim },
        ...(started.Session ? { Session: started.Session } : {}),
      },
      inFlight.signal,
    );
    return settle(answered, USER_ID_FOR_SRP);
  };

  return {
    async restoreSession() {
      const session = store.load();
      if (!session) return null;
      if (session.tokens.expiresAt - leewayMs > Date.now()) {
        scheduleRefresh(session);
        return session;
      }
      try {
        return await refresh(session);
      } catch (error) {
        if (error instanceof AuthError && error.code === 'NotAuthorizedException') {
          store.clear();
          return null;
        }
        throw error;
      }
    },

    async signIn({ username, password }) {
      if (authFlow === 'USER_SRP_AUTH') return signInWithSrp(username, password);
      const response = await transport.send(
        'InitiateAuth',
        {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: clientId,
          AuthParameters: { USERNAME: username, PASSWORD: password },
        },
        inFlight.signal,
      );
      return settle(response, username);
    },

    async respondToChallenge({ challengeName, responses }) {
      const step = pending;
      if (!step) throw cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      const response = await transport.send(
        'RespondToAuthChallenge',
        {
          ClientId: clientId,
          ChallengeName: challengeName as RespondToAuthChallengeRequest['ChallengeName'],
          ChallengeResponses: { ...responses, USERNAME: step.username },
          ...(step.session ? { Session: step.session } : {}),
        },
        inFlight.signal,
      );
      return settle(response, step.username);
    },

    async setUpTotp() {
      const step = pending;
      if (!step) throw cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      const response = await transport.send(
        'AssociateSoftwareToken',
        step.session ? { Session: step.session } : {},
        inFlight.signal,
      );
      if (!response.SecretCode) throw cognitoError('InvalidResponse');
      pending = { ...step, session: response.Session ?? step.session };
      return response.SecretCode;
    },

    async verifyTotp({ code }) {
      const step = pending;
      if (!step) throw cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      const verified = await transport.send(
        'VerifySoftwareToken',
        { UserCode: code, ...(step.session ? { Session: step.session } : {}) },
        inFlight.signal,
      );
      // Cognito reports some rejections as a 200 with Status ERROR.
      if (verified.Status !== 'SUCCESS') throw cognitoError('EnableSoftwareTokenMFAException');
      const session = verified.Session ?? step.session;
      const response = await transport.send(
        'RespondToAuthChallenge',
        {
          ClientId: clientId,
          ChallengeName: 'MFA_SETUP',
          ChallengeResponses: { USERNAME: step.username },
          ...(session ? { Session: session } : {}),
        },
        inFlight.signal,
      );
      return settle(response, step.username);
    },

    async unverifiedContacts() {
      const session = store.load();
      if (!session) return [];
      const user = await transport.send('GetUser', { AccessToken: session.tokens.accessToken }, inFlight.signal);
      const value = (name: string): string | undefined =>
        user.UserAttributes?.find((attribute) => attribute.Name === name)?.Value;
      return ['email', 'phone_number'].flatMap((name) => {
        const contact = value(name);
        return contact && value(`${name}_verified`) !== 'true' ? [{ name, value: contact }] : [];
      });
    },

    async sendAttributeCode({ attribute }) {
      const session = store.load();
      if (!session) throw cognitoError('NotAuthorizedException', 'Access Token has expired');
      const response = await transport.send(
        'GetUserAttributeVerificationCode',
        { AccessToken: session.tokens.accessToken, AttributeName: attribute },
        inFlight.signal,
      );
      return toDelivery(response.CodeDeliveryDetails);
    },

    async verifyAttribute({ attribute, code }) {
      const session = store.load();
      if (!session) throw cognitoError('NotAuthorizedException', 'Access Token has expired');
      await transport.send(
        'VerifyUserAttribute',
        { AccessToken: session.tokens.accessToken, AttributeName: attribute, Code: code },
        inFlight.signal,
      );
    },

    async forgotPassword({ username }) {
      const response = await transport.send(
        'ForgotPassword',
        { ClientId: clientId, Username: username },
        inFlight.signal,
      );
      return toDelivery(response.CodeDeliveryDetails);
    },

    async confirmForgotPassword({ username, code, password }) {
      await transport.send(
        'ConfirmForgotPassword',
        { ClientId: clientId, Username: username, ConfirmationCode: code, Password: password },
        inFlight.signal,
      );
    },

    async signUp({ username, password, attributes }) {
      const response = await transport.send(
        'SignUp',
        {
          ClientId: clientId,
          Username: username,
          Password: password,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        },
        inFlight.signal,
      );
      const delivery = toDelivery(response.CodeDeliveryDetails);
      if (response.Session) signUpSessions.set(username, response.Session);
      return {
        confirmed: response.UserConfirmed ?? false,
        userId: response.UserSub ?? '',
        ...(delivery ? { delivery } : {}),
      };
    },

    async confirmSignUp({ username, code }) {
      const session = signUpSessions.get(username);
      const response = await transport.send(
        'ConfirmSignUp',
        { ClientId: clientId, Username: username, ConfirmationCode: code, ...(session ? { Session: session } : {}) },
        inFlight.signal,
      );
      signUpSessions.delete(username);
      if (!response.Session) return false;
      signUpSessions.set(username, response.Session);
      return true;
    },

    async signInAfterConfirmation({ username }) {
      const session = signUpSessions.get(username);
      if (!session) throw cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      signUpSessions.delete(username);
      const response = await transport.send(
        'InitiateAuth',
        { AuthFlow: 'USER_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username }, Session: session },
        inFlight.signal,
      );
      return settle(response, username);
    },

    async resendSignUpCode({ username }) {
      const response = await transport.send(
        'ResendConfirmationCode',
        { ClientId: clientId, Username: username },
        inFlight.signal,
      );
      return toDelivery(response.CodeDeliveryDetails);
    },

    async signOut({ global = false } = {}) {
      const session = store.load();
      cancelRefresh();
      store.clear();
      if (!session) return;
      // The tokens are gone from this browser already; telling Cognito is best effort.
      const calls: Promise<unknown>[] = [];
      if (global)
        calls.push(transport.send('GlobalSignOut', { AccessToken: session.tokens.accessToken }, inFlight.signal));
      if (session.tokens.refreshToken) {
        calls.push(
          transport.send('RevokeToken', { ClientId: clientId, Token: session.tokens.refreshToken }, inFlight.signal),
        );
      }
      await Promise.allSettled(calls);
    },

    onSessionChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispose() {
      cancelRefresh();
      listeners.clear();
      inFlight.abort();
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    },
  };
}
