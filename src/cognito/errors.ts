/**
 * Cognito's exceptions as failures the screens can show: each gets a translation key and,
 * where the journey acts on it, the field it belongs beside or what it means (`reason`).
 * The exception name decides; the message only where Cognito gives several causes one
 * name (see `BY_MESSAGE`).
 */
import { AuthError, type AuthFailure } from '../core/types.js';

/** What a failure tells the journey: its message key, and its field or reason when it has one. */
type Meaning = Pick<AuthFailure, 'key' | 'field' | 'reason'> & { readonly code?: string };

const EXCEPTIONS: Readonly<Record<string, Meaning>> = {
  AliasExistsException: { key: 'errors.aliasExists', field: 'username' },
  CodeDeliveryFailureException: { key: 'errors.codeDeliveryFailure' },
  CodeMismatchException: { key: 'errors.codeMismatch', field: 'code' },
  EnableSoftwareTokenMFAException: { key: 'errors.codeMismatch', field: 'code' },
  ExpiredCodeException: { key: 'errors.codeExpired', field: 'code' },
  ForbiddenException: { key: 'errors.forbidden' },
  InternalErrorException: { key: 'errors.service' },
  InvalidEmailRoleAccessPolicyException: { key: 'errors.configuration' },
  InvalidLambdaResponseException: { key: 'errors.lambda' },
  InvalidParameterException: { key: 'errors.invalidParameter' },
  InvalidPasswordException: { key: 'errors.invalidPassword', field: 'password' },
  InvalidSmsRoleAccessPolicyException: { key: 'errors.configuration' },
  InvalidSmsRoleTrustRelationshipException: { key: 'errors.configuration' },
  InvalidUserPoolConfigurationException: { key: 'errors.configuration' },
  // Also an attempt guard, but on SignUp the account is created before the quota is hit.
  LimitExceededException: { key: 'errors.limitExceeded', reason: 'limitExceeded' },
  NetworkError: { key: 'errors.network' },
  NotAuthorizedException: { key: 'errors.notAuthorized' },
  PasswordHistoryPolicyViolationException: { key: 'errors.passwordHistory' },
  PasswordResetRequiredException: { key: 'errors.passwordResetRequired', reason: 'passwordResetRequired' },
  ResourceNotFoundException: { key: 'errors.configuration' },
  ServiceUnavailable: { key: 'errors.service' },
  SoftwareTokenMFANotFoundException: { key: 'errors.configuration' },
  TimeoutError: { key: 'errors.timeout' },
  TooManyFailedAttemptsException: { key: 'errors.tooManyFailedAttempts' },
  TooManyRequestsException: { key: 'errors.tooManyRequests' },
  UnexpectedLambdaException: { key: 'errors.lambda' },
  UnknownOperationException: { key: 'errors.service' },
  UserLambdaValidationException: { key: 'errors.lambdaValidation' },
  UserNotConfirmedException: { key: 'errors.userNotConfirmed', reason: 'userNotConfirmed' },
  UserNotFoundException: { key: 'errors.userNotFound' },
  UsernameExistsException: { key: 'errors.usernameExists', field: 'username' },
};

/** Exceptions whose server text is written for people (a trigger's own message). */
const SHOWS_DETAIL = new Set(['UserLambdaValidationException']);

/** "User cannot be confirmed. Current status is CONFIRMED", its older wording, and "User is already confirmed." */
const ALREADY_CONFIRMED = /already confirmed|cannot be confirmed|status is not UNCONFIRMED/iu;

/**
 * The one place where Cognito's message decides: causes that share an exception name, told
 * apart by the texts COGNITO-WIRE.md records (§3.1, 3.2, 3.4, 3.5, 3.9, 3.11, 6.3, 7, 8).
 * The first pattern that matches wins; a message none matches keeps the name's own meaning.
 */
const BY_MESSAGE: Readonly<Record<string, readonly (readonly [RegExp, Meaning])[]>> = {
  NotAuthorizedException: [
    // "Unable to verify secret hash for client <id>", "Client <id> is configured with secret but
    // SECRET_HASH was not received": an app client with a secret, which a browser cannot use.
    [/secret/iu, { code: 'ClientSecretConfigured', key: 'errors.configuration' }],
    // "Password attempts exceeded": the sign-in lockout.
    [/attempts exceeded/iu, { key: 'errors.passwordAttemptsExceeded' }],
    // A second confirmation of the same sign-up.
    [ALREADY_CONFIRMED, { key: 'errors.alreadyConfirmed' }],
    // "Invalid session for the user, session is expired.", "Invalid session for the user.":
    // the session of a sign-in step ran out; sign-in starts again.
    [/session/iu, { key: 'errors.sessionExpired', reason: 'sessionExpired' }],
    // "Invalid Refresh Token.", "Refresh Token has expired", "Refresh Token has been revoked",
    // "Access Token has expired", "Access Token has been revoked": the session is over.
    [/refresh token|access token/iu, { key: 'errors.sessionEnded' }],
    // Anything else ("Incorrect username or password.") is the name's own meaning.
  ],
  InvalidParameterException: [
    // ResendConfirmationCode for a confirmed user: "User is already confirmed."
    [ALREADY_CONFIRMED, { key: 'errors.alreadyConfirmed' }],
    // "USER_AUTH flow not enabled for this client" (COGNITO-WIRE-2.md A.8): the app client's setting.
    [/USER_AUTH/u, { code: 'UserAuthNotEnabled', key: 'errors.configuration' }],
    // "Cannot send code to either …": no verified email or phone number to send a sign-in code to.
    [/cannot send code/iu, { key: 'errors.codeDeliveryFailure' }],
  ],
};

/** What an exception name and message mean; names such as `constructor` are not looked up on the prototype. */
function meaningOf(code: string, message: string): Meaning {
  const rules = Object.hasOwn(BY_MESSAGE, code) ? BY_MESSAGE[code] : undefined;
  const matched = rules?.find(([pattern]) => pattern.test(message))?.[1];
  if (matched) return matched;
  return (Object.hasOwn(EXCEPTIONS, code) ? EXCEPTIONS[code] : undefined) ?? { key: 'errors.unknown' };
}

/** The translation key for a Cognito exception name and message. */
export function errorKey(code: string, message = ''): string {
  return meaningOf(code, message).key;
}

/**
 * The exception name as the SDKs read it: the `x-amzn-ErrorType` header, else `code`,
 * else `__type`; cut at `:` or `,`, keep what follows `#`.
 */
export function exceptionName(header: string | null, body: { __type?: unknown; code?: unknown }): string {
  const raw =
    header ??
    (typeof body.code === 'string' ? body.code : undefined) ??
    (typeof body.__type === 'string' ? body.__type : '');
  const cut = raw.split(/[:,]/u)[0] ?? '';
  return cut.slice(cut.lastIndexOf('#') + 1).trim();
}

/**
 * The part of a trigger's failure written by the pool's owner: Cognito wraps it as
 * `PreSignUp failed with error <text>.`
 */
export function triggerMessage(message: string): string {
  return message.replace(/^\w+ failed with error\s*/u, '').trim();
}

/** A Cognito failure as an `AuthError` carrying its translation key, and its field or reason. */
export function cognitoError(code: string, message = '', cause?: unknown): AuthError {
  const options = cause === undefined ? undefined : { cause };
  const { code: ownCode, ...meaning } = meaningOf(code, message);
  const failure: AuthFailure = { code: ownCode ?? code, ...meaning };
  if (!SHOWS_DETAIL.has(code)) return new AuthError(failure, options);
  const detail = triggerMessage(message);
  // Without the trigger's own words, the generic trigger message stands in.
  return new AuthError(detail === '' ? { code, key: 'errors.lambda' } : { ...failure, detail }, options);
}

/** The step's session is gone from this client (never started, or already used up): sign-in starts again. */
export function sessionExpired(): AuthError {
  return new AuthError({ code: 'SessionExpired', key: 'errors.sessionExpired', reason: 'sessionExpired' });
}

/** No session is stored, so a call that needs the signed-in user's tokens cannot be made. */
export function noSession(): AuthError {
  return new AuthError({ code: 'NoSession', key: 'errors.sessionEnded' });
}

/** An answer without what it should hold (tokens, a secret, a challenge). */
export function invalidResponse(cause?: unknown): AuthError {
  return new AuthError({ code: 'InvalidResponse', key: 'errors.unknown' }, cause === undefined ? undefined : { cause });
}

/** How a request ended without a usable answer, as either transport sees it. */
export interface RequestFailure {
  /** The element's `timeout` ran out first. */
  readonly timedOut: boolean;
  /** The request was abandoned (the element left the page). */
  readonly aborted: boolean;
  /** The HTTP status; absent when no answer came (the network is down). */
  readonly status?: number | undefined;
  /** The exception name and message of the answer. */
  readonly name?: string;
  readonly message?: string;
}

/** A failed request as an `AuthError`: given up, never answered, a server fault, or Cognito's exception. */
export function requestError(failure: RequestFailure, cause?: unknown): AuthError {
  if (failure.timedOut) return cognitoError('TimeoutError', '', cause);
  if (failure.aborted) return cognitoError('AbortError', '', cause);
  if (failure.status === undefined) return cognitoError('NetworkError', '', cause);
  const name = failure.name ?? '';
  const message = failure.message ?? '';
  // A service that does not know the call (an emulator answers so, with HTTP 500): Cognito's own name for it.
  if (/unsupported x-amz-target/iu.test(message)) return cognitoError('UnknownOperationException', message, cause);
  if (failure.status >= 500)
    return cognitoError(name === 'InternalErrorException' ? name : 'ServiceUnavailable', message, cause);
  return cognitoError(name === '' ? 'UnknownError' : name, message, cause);
}
