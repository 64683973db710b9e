/**
 * Browser-side helpers for tests that run against the Cognito emulator: each one sends a
 * server command to the wtr plugin in `wtr-cognito-plugin.ts`.
 *
 * ```ts
 * const pool = await cognitoPool();                       // fresh pool + app client
 * await cognitoUser(pool, 'alice', 'Passw0rd!');          // confirmed user
 * await cognitoFail(pool, 'SignUp', 'UsernameExistsException', 'User already exists');
 * // … drive the element with endpoint = pool.endpoint …
 * expect((await cognitoRequests(pool)).map((r) => r.operation)).to.deep.equal(['SignUp']);
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type {
  CognitoPoolInfo,
  CommandName,
  CommandPayload,
  CommandResult,
  Json,
  ProxiedRequest,
  SentCode,
  SignInCode,
} from './cognito-commands.js';

export type { CognitoPoolInfo, Json, ProxiedRequest, SentCode, SignInCode };

/** What a helper needs to know about a pool; a `CognitoPoolInfo` will do. */
export interface PoolRef {
  readonly userPoolId: string;
  readonly clientId: string;
}

function command<C extends CommandName>(name: C, payload: CommandPayload<C>): Promise<CommandResult<C>> {
  return executeServerCommand<CommandResult<C>, CommandPayload<C>>(name, payload);
}

/** Creates a fresh user pool and app client (no secret); `endpoint` is the test proxy. */
export function cognitoPool(name?: string): Promise<CognitoPoolInfo> {
  return command('cognito-pool', name === undefined ? {} : { name });
}

/** Adds a confirmed user with a permanent password and the given attributes. */
export async function cognitoUser(
  pool: PoolRef,
  username: string,
  password: string,
  attributes?: Record<string, string>,
): Promise<void> {
  await command('cognito-user', { userPoolId: pool.userPoolId, username, password, ...(attributes && { attributes }) });
}

/** Adds a user as an administrator does: with a temporary password to change at first sign-in. */
export async function cognitoTemporaryUser(
  pool: PoolRef,
  username: string,
  password: string,
  attributes?: Record<string, string>,
): Promise<void> {
  await command('cognito-user', {
    userPoolId: pool.userPoolId,
    username,
    password,
    temporary: true,
    ...(attributes && { attributes }),
  });
}

/**
 * Adds a user with TOTP set up (the pool offers it); with `alsoSms`, SMS is enabled too and
 * neither is preferred, so sign-in asks which to use. Returns the secret their authenticator
 * app holds.
 */
export async function cognitoTotpUser(
  pool: PoolRef,
  username: string,
  password: string,
  options: { alsoSms?: boolean } = {},
): Promise<string> {
  return (
    await command('cognito-totp-user', {
      userPoolId: pool.userPoolId,
      clientId: pool.clientId,
      username,
      password,
      ...options,
    })
  ).secret;
}

/** Every code the pool currently holds (sign-up, password reset, attribute verification, MFA). */
export function cognitoCodes(pool: Pick<PoolRef, 'userPoolId'>): Promise<SentCode[]> {
  return command('cognito-codes', { userPoolId: pool.userPoolId });
}

/** The latest code held for `username` (any purpose unless given); throws when there is none. */
export async function cognitoCode(
  pool: Pick<PoolRef, 'userPoolId'>,
  username: string,
  purpose?: SentCode['purpose'],
): Promise<string> {
  const codes = await cognitoCodes(pool);
  const match = codes.filter((c) => c.username === username && (purpose === undefined || c.purpose === purpose)).at(-1);
  if (!match) throw new Error(`No ${purpose === undefined ? '' : `${purpose} `}code held for ${username}`);
  return match.code;
}

/**
 * Answers the next `times` (default 1) requests for `operation` from this pool's client with
 * `status` and `body` instead of forwarding them to the emulator.
 */
export async function cognitoAnswer(
  pool: Pick<PoolRef, 'clientId'>,
  operation: string,
  status: number,
  body: Json,
  times?: number,
  delayMs?: number,
): Promise<void> {
  await command('cognito-answer', {
    clientId: pool.clientId,
    operation,
    status,
    body,
    ...(times !== undefined && { times }),
    ...(delayMs !== undefined && { delayMs }),
  });
}

/**
 * Answers the next `times` (default 1) requests for `operation` with a Cognito client error:
 * HTTP 400 and `{"__type": type, "message": message}`, as Cognito does.
 */
export function cognitoFail(
  pool: Pick<PoolRef, 'clientId'>,
  operation: string,
  type: string,
  message: string,
  times?: number,
): Promise<void> {
  return cognitoAnswer(pool, operation, 400, { __type: type, message }, times);
}

/**
 * Lets `username` sign in with USER_SRP_AUTH through the proxy (the emulator lacks it): the
 * proxy answers the PASSWORD_VERIFIER challenge and checks the proof against `password`,
 * which must be the user's password in the emulator.
 */
export async function cognitoSrp(pool: PoolRef, username: string, password: string): Promise<void> {
  await command('cognito-srp', { userPoolId: pool.userPoolId, clientId: pool.clientId, username, password });
}

/** The requests the proxy received for this pool's client, in order (answered or forwarded). */
export function cognitoRequests(pool: Pick<PoolRef, 'clientId'>): Promise<ProxiedRequest[]> {
  return command('cognito-requests', { clientId: pool.clientId });
}

/**
 * Drops the connection of the next `times` (default 1) requests for `operation` without an
 * answer: the browser sees a network failure, as when the connection is down.
 */
export function cognitoDrop(pool: Pick<PoolRef, 'clientId'>, operation: string, times?: number): Promise<void> {
  return cognitoAnswer(pool, operation, 0, {}, times);
}

/**
 * Answers the next GetUser for this client with the user's email marked verified, as
 * Cognito does once a sign-up is confirmed by an emailed code (the emulator leaves it
 * unverified).
 */
export function cognitoEmailVerified(pool: Pick<PoolRef, 'clientId'>, username: string, email: string): Promise<void> {
  return cognitoAnswer(pool, 'GetUser', 200, {
    Username: username,
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
    ],
  });
}

/**
 * Lets `username` (already in the emulator with `password`) sign in through USER_AUTH, which
 * the proxy answers as Cognito does (the emulator lacks it): codes by email when `email` is
 * given, by text message when `phone` is, passkeys made and used on this page (relying-party
 * id `localhost` unless given), the password as it is or as SRP.
 */
export async function cognitoUserAuth(
  pool: PoolRef,
  username: string,
  password: string,
  ways: { email?: string; phone?: string; rpId?: string; origin?: string } = {},
): Promise<void> {
  const { rpId = location.hostname, origin = location.origin, ...contacts } = ways;
  await command('cognito-user-auth', {
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    username,
    password,
    origin,
    rpId,
    ...contacts,
  });
}

/** The last sign-in code the proxy sent `username` (USER_AUTH); throws when there is none. */
export async function cognitoSignInCode(pool: Pick<PoolRef, 'clientId'>, username: string): Promise<string> {
  const sent = (await command('cognito-sign-in-codes', { clientId: pool.clientId })).filter(
    (code) => code.username === username,
  );
  const last = sent.at(-1);
  if (!last) throw new Error(`No sign-in code sent to ${username}`);
  return last.code;
}

/** How many sign-in codes the proxy has sent `username` (USER_AUTH). */
export async function cognitoSignInCodeCount(pool: Pick<PoolRef, 'clientId'>, username: string): Promise<number> {
  return (await command('cognito-sign-in-codes', { clientId: pool.clientId })).filter(
    (code) => code.username === username,
  ).length;
}

/** Lets every USER_AUTH sign-in session of the pool's client expire, as they do after minutes. */
export async function cognitoExpireSignIns(pool: Pick<PoolRef, 'clientId'>): Promise<void> {
  await command('cognito-expire-sign-ins', { clientId: pool.clientId });
}

/**
 * Gives the pool a Cognito domain on this page's origin (`test/support/cognito-domain.ts`:
 * a real OpenID Connect server at Cognito's paths) with the app client's callback and
 * sign-out URLs and identity providers; returns the domain's URL.
 */
export async function cognitoDomain(
  pool: PoolRef,
  settings: {
    redirectUris: string[];
    logoutUris?: string[];
    providers: string[];
    idpIdentifiers?: Record<string, string>;
  },
): Promise<string> {
  const { path } = await command('cognito-domain', {
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    redirectUris: settings.redirectUris,
    logoutUris: settings.logoutUris ?? [],
    providers: settings.providers,
    ...(settings.idpIdentifiers && { idpIdentifiers: settings.idpIdentifiers }),
  });
  return new URL(path, location.origin).href;
}

/**
 * A person who signs in at `provider` with `username` and `password` (the same as their
 * password in the emulator, where they must already be a user).
 */
export async function cognitoFederatedUser(
  pool: Pick<PoolRef, 'userPoolId'>,
  provider: string,
  username: string,
  password: string,
  email: string,
): Promise<void> {
  await command('cognito-federated-user', { userPoolId: pool.userPoolId, provider, username, password, email });
}
