/**
 * Cognito's exceptions as failures the screens can show: each gets a translation key.
 * UI logic keys on the exception name; the message decides only where Cognito shares
 * one name between several causes (NotAuthorizedException).
 */
import { AuthError } from '../core/types.js';

const KEYS: Readonly<Record<string, string>> = {
  AliasExistsException: 'errors.aliasExists',
  CodeDeliveryFailureException: 'errors.codeDeliveryFailure',
  CodeMismatchException: 'errors.codeMismatch',
  EnableSoftwareTokenMFAException: 'errors.codeMismatch',
  ExpiredCodeException: 'errors.codeExpired',
  ForbiddenException: 'errors.forbidden',
  InternalErrorException: 'errors.service',
  InvalidEmailRoleAccessPolicyException: 'errors.configuration',
  InvalidLambdaResponseException: 'errors.lambda',
  InvalidParameterException: 'errors.invalidParameter',
  InvalidPasswordException: 'errors.invalidPassword',
  InvalidSmsRoleAccessPolicyException: 'errors.configuration',
  InvalidSmsRoleTrustRelationshipException: 'errors.configuration',
  InvalidUserPoolConfigurationException: 'errors.configuration',
  LimitExceededException: 'errors.limitExceeded',
  NetworkError: 'errors.network',
  PasswordHistoryPolicyViolationException: 'errors.passwordHistory',
  PasswordResetRequiredException: 'errors.passwordResetRequired',
  ResourceNotFoundException: 'errors.configuration',
  ServiceUnavailable: 'errors.service',
  SoftwareTokenMFANotFoundException: 'errors.configuration',
  TimeoutError: 'errors.timeout',
  TooManyFailedAttemptsException: 'errors.tooManyFailedAttempts',
  TooManyRequestsException: 'errors.tooManyRequests',
  UnexpectedLambdaException: 'errors.lambda',
  UserLambdaValidationException: 'errors.lambdaValidation',
  UserNotConfirmedException: 'errors.userNotConfirmed',
  UserNotFoundException: 'errors.userNotFound',
  UsernameExistsException: 'errors.usernameExists',
};

/** Exceptions whose server text is written for people (a trigger's own message). */
const SHOWS_DETAIL = new Set(['UserLambdaValidationException']);

const ALREADY_CONFIRMED = /already confirmed|cannot be confirmed|status is not UNCONFIRMED/iu;

function notAuthorizedKey(message: string): string {
  if (/attempts exceeded/iu.test(message)) return 'errors.passwordAttemptsExceeded';
  if (ALREADY_CONFIRMED.test(message)) return 'errors.alreadyConfirmed';
  if (/session/iu.test(message)) return 'errors.sessionExpired';
  if (/refresh token|access token/iu.test(message)) return 'errors.sessionEnded';
  if (/secret/iu.test(message)) return 'errors.configuration';
  return 'errors.notAuthorized';
}

/** The translation key for a Cognito exception name and message. */
export function errorKey(code: string, message = ''): string {
  if (code === 'NotAuthorizedException') return notAuthorizedKey(message);
  if (code === 'InvalidParameterException' && ALREADY_CONFIRMED.test(message)) return 'errors.alreadyConfirmed';
  return KEYS[code] ?? 'errors.unknown';
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

/** A Cognito failure as an `AuthError` carrying its translation key. */
export function cognitoError(code: string, message = '', cause?: unknown): AuthError {
  const options = cause === undefined ? undefined : { cause };
  // An app client with a secret cannot be used from a browser: a configuration error of its own.
  if (code === 'NotAuthorizedException' && /secret/iu.test(message))
    return new AuthError({ code: 'ClientSecretConfigured', key: 'errors.configuration' }, options);
  if (!SHOWS_DETAIL.has(code)) return new AuthError({ code, key: errorKey(code, message) }, options);
  const detail = triggerMessage(message);
  // Without the trigger's own words, the generic trigger message stands in.
  return new AuthError(
    detail === '' ? { code, key: 'errors.lambda' } : { code, key: errorKey(code, message), detail },
    options,
  );
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
  if (failure.status >= 500)
    return cognitoError(name === 'InternalErrorException' ? name : 'ServiceUnavailable', message, cause);
  return cognitoError(name === '' ? 'UnknownError' : name, message, cause);
}
