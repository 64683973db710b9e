/**
 * The fault table: every Cognito call the element makes, every way it can fail, and what
 * the person sees. `faults.browser.test.ts` runs each row in Chromium; the README's
 * "Faults" section is this table (a unit test keeps the two the same).
 */

/** How the test proxy answers the faulted request. */
export interface FaultAnswer {
  /** HTTP status; 0 drops the connection (the network is down). */
  readonly status: number;
  readonly body: Record<string, string> | string;
  /** Held this long first; longer than the element's `timeout` makes it time out. */
  readonly delayMs?: number;
}

export interface Fault {
  readonly id: string;
  /** What happened, as the README says it. */
  readonly label: string;
  readonly answer: FaultAnswer;
}

/** What the person sees after the fault. */
export type Outcome =
  /** The message on the same screen; everything typed kept; the form usable; the retry works. */
  | { readonly kind: 'message'; readonly key: string; readonly detail?: string }
  /** Another screen, with the message when there is one (e.g. a timed-out sign-in goes back to sign-in). */
  | { readonly kind: 'moves'; readonly to: string; readonly key?: string }
  /** Nothing to tell: the journey goes on to `to` (e.g. signed out locally when revocation failed). */
  | { readonly kind: 'carries on'; readonly to: string };

export interface FaultCase {
  readonly fault: Fault;
  readonly outcome: Outcome;
}

export interface Call {
  /** Test id. */
  readonly id: string;
  readonly operation: string;
  /** What the person did, as the README says it. */
  readonly action: string;
  readonly cases: readonly FaultCase[];
}

/** The element's `timeout` (ms) in the fault tests; the timeout fault answers later than this. */
export const FAULT_TIMEOUT_MS = 2000;

function exception(name: string, message: string, status = 400): Fault {
  return {
    id: name,
    label: `${name}${message ? ` "${message}"` : ''}`,
    answer: { status, body: { __type: name, message } },
  };
}

const network: Fault = { id: 'network', label: 'network down (connection dropped)', answer: { status: 0, body: {} } };
const timeout: Fault = {
  id: 'timeout',
  label: `no answer within the timeout (${String(FAULT_TIMEOUT_MS)} ms here)`,
  answer: { status: 200, body: {}, delayMs: FAULT_TIMEOUT_MS + 500 },
};
const http500: Fault = {
  id: 'http500',
  label: 'HTTP 500 InternalErrorException',
  answer: { status: 500, body: { __type: 'InternalErrorException', message: 'Internal server error.' } },
};
const http503: Fault = {
  id: 'http503',
  label: 'HTTP 503 with an HTML page',
  answer: { status: 503, body: '<html><body>Service Unavailable</body></html>' },
};
const forbidden: Fault = {
  ...exception('ForbiddenException', 'Request not allowed by the web ACL.', 403),
  id: 'forbidden',
};
const throttled: Fault = { ...exception('TooManyRequestsException', 'Rate exceeded'), id: 'throttled' };
const limited: Fault = {
  ...exception('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  id: 'limited',
};

const message = (key: string, detail?: string): Outcome =>
  detail === undefined ? { kind: 'message', key } : { kind: 'message', key, detail };

/** The faults of every call, with the message each gets on the screen where it happened. */
function commonCases(overrides: Partial<Record<string, Outcome>> = {}): FaultCase[] {
  const standard: [Fault, Outcome][] = [
    [network, message('errors.network')],
    [timeout, message('errors.timeout')],
    [http500, message('errors.service')],
    [http503, message('errors.service')],
    [forbidden, message('errors.forbidden')],
    [throttled, message('errors.tooManyRequests')],
    [limited, message('errors.limitExceeded')],
  ];
  return standard.map(([fault, outcome]) => ({ fault, outcome: overrides[fault.id] ?? outcome }));
}

/** Every common fault, each with the same outcome (for calls the person does not see). */
function allCarryOn(outcome: Outcome): FaultCase[] {
  return commonCases().map(({ fault }) => ({ fault, outcome }));
}

const lambdaValidation: FaultCase = {
  fault: exception(
    'UserLambdaValidationException',
    'PreAuthentication failed with error Sign-in is closed for maintenance.',
  ),
  outcome: message('errors.lambdaValidation', 'Sign-in is closed for maintenance.'),
};
const lambdaCases: FaultCase[] = [
  lambdaValidation,
  {
    fault: exception('UnexpectedLambdaException', 'Lambda function threw an error.'),
    outcome: message('errors.lambda'),
  },
  { fault: exception('InvalidLambdaResponseException', 'Invalid lambda response.'), outcome: message('errors.lambda') },
];

const resourceNotFound: FaultCase = {
  fault: exception('ResourceNotFoundException', 'User pool client 1example23 does not exist.'),
  outcome: message('errors.configuration'),
};
const configurationCases: FaultCase[] = [
  resourceNotFound,
  {
    fault: exception('InvalidUserPoolConfigurationException', 'SMS configuration is missing.'),
    outcome: message('errors.configuration'),
  },
];

const codeDeliveryFailure: FaultCase = {
  fault: exception('CodeDeliveryFailureException', 'Unable to deliver the message.'),
  outcome: message('errors.codeDeliveryFailure'),
};
const deliveryConfigurationCases: FaultCase[] = [
  {
    fault: exception('InvalidSmsRoleAccessPolicyException', 'Role does not have permission to publish with SNS.'),
    outcome: message('errors.configuration'),
  },
  {
    fault: exception('InvalidEmailRoleAccessPolicyException', 'Cognito is not allowed to use your email identity.'),
    outcome: message('errors.configuration'),
  },
];
const deliveryCases: FaultCase[] = [codeDeliveryFailure, ...deliveryConfigurationCases];

const codeMismatch: FaultCase = {
  fault: exception('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  outcome: message('errors.codeMismatch'),
};
const codeCases: FaultCase[] = [
  codeMismatch,
  {
    fault: exception('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
    outcome: message('errors.codeExpired'),
  },
];

const sessionExpired = exception('NotAuthorizedException', 'Invalid session for the user, session is expired.');

export const calls: readonly Call[] = [
  {
    id: 'signIn',
    operation: 'InitiateAuth',
    action: 'Sign in with the password (USER_PASSWORD_AUTH)',
    cases: [
      ...commonCases(),
      {
        fault: exception('NotAuthorizedException', 'Incorrect username or password.'),
        outcome: message('errors.notAuthorized'),
      },
      {
        fault: exception('NotAuthorizedException', 'Password attempts exceeded'),
        outcome: message('errors.passwordAttemptsExceeded'),
      },
      { fault: exception('UserNotFoundException', 'User does not exist.'), outcome: message('errors.userNotFound') },
      {
        fault: exception('UserNotConfirmedException', 'User is not confirmed.'),
        outcome: { kind: 'moves', to: 'confirmSignUp' },
      },
      {
        fault: exception('PasswordResetRequiredException', 'Password reset required for the user'),
        outcome: { kind: 'moves', to: 'confirmResetPassword' },
      },
      {
        fault: exception('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'),
        outcome: message('errors.invalidParameter'),
      },
      ...configurationCases,
      ...lambdaCases,
      ...deliveryConfigurationCases,
    ],
  },
  {
    id: 'signInSrp',
    operation: 'InitiateAuth',
    action: 'Sign in with SRP (USER_SRP_AUTH), first step',
    cases: [
      ...commonCases(),
      { fault: exception('UserNotFoundException', 'User does not exist.'), outcome: message('errors.userNotFound') },
      resourceNotFound,
    ],
  },
  {
    id: 'signInSrpProof',
    operation: 'RespondToAuthChallenge',
    action: 'Sign in with SRP, the password proof (PASSWORD_VERIFIER)',
    cases: [
      ...commonCases(),
      {
        fault: exception('NotAuthorizedException', 'Incorrect username or password.'),
        outcome: message('errors.notAuthorized'),
      },
      {
        fault: exception('NotAuthorizedException', 'Password attempts exceeded'),
        outcome: message('errors.passwordAttemptsExceeded'),
      },
    ],
  },
  {
    id: 'confirmSignIn',
    operation: 'RespondToAuthChallenge',
    action: 'Enter the authenticator-app code at sign-in (SOFTWARE_TOKEN_MFA)',
    cases: [
      ...commonCases(),
      ...codeCases,
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'forceNewPassword',
    operation: 'RespondToAuthChallenge',
    action: 'Choose a new password at first sign-in (NEW_PASSWORD_REQUIRED)',
    cases: [
      ...commonCases(),
      {
        fault: exception('InvalidPasswordException', 'Password did not conform with policy: Password not long enough'),
        outcome: message('errors.invalidPassword'),
      },
      {
        fault: exception('PasswordHistoryPolicyViolationException', 'Password has previously been used.'),
        outcome: message('errors.passwordHistory'),
      },
      {
        fault: exception('InvalidParameterException', 'Invalid attributes given, name is missing'),
        outcome: message('errors.invalidParameter'),
      },
      {
        fault: exception('AliasExistsException', 'An account with the email already exists.'),
        outcome: message('errors.aliasExists'),
      },
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'signUp',
    operation: 'SignUp',
    action: 'Create an account',
    cases: [
      // Cognito creates the account before it hits the message quota: on to the code screen.
      ...commonCases({ limited: { kind: 'moves', to: 'confirmSignUp', key: 'errors.limitExceeded' } }),
      { fault: exception('UsernameExistsException', 'User already exists'), outcome: message('errors.usernameExists') },
      {
        fault: exception(
          'InvalidPasswordException',
          'Password did not conform with policy: Password must have uppercase characters',
        ),
        outcome: message('errors.invalidPassword'),
      },
      {
        fault: exception(
          'InvalidParameterException',
          "1 validation error detected: Value at 'username' failed to satisfy constraint",
        ),
        outcome: message('errors.invalidParameter'),
      },
      ...deliveryCases,
      lambdaValidation,
    ],
  },
  {
    id: 'confirmSignUp',
    operation: 'ConfirmSignUp',
    action: 'Confirm the account with the emailed code',
    cases: [
      ...commonCases(),
      ...codeCases,
      {
        fault: exception('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'),
        outcome: message('errors.alreadyConfirmed'),
      },
      {
        fault: exception('AliasExistsException', 'An account with the email already exists.'),
        outcome: message('errors.aliasExists'),
      },
      {
        fault: exception('TooManyFailedAttemptsException', 'Too many failed attempts.'),
        outcome: message('errors.tooManyFailedAttempts'),
      },
    ],
  },
  {
    id: 'resendSignUpCode',
    operation: 'ResendConfirmationCode',
    action: 'Ask for a new confirmation code',
    cases: [
      ...commonCases(),
      {
        fault: exception('InvalidParameterException', 'User is already confirmed.'),
        outcome: message('errors.alreadyConfirmed'),
      },
      codeDeliveryFailure,
    ],
  },
  {
    id: 'resetPassword',
    operation: 'ForgotPassword',
    action: 'Ask for a password-reset code',
    cases: [
      ...commonCases(),
      {
        fault: exception('UserNotFoundException', 'Username/client id combination not found.'),
        outcome: message('errors.userNotFound'),
      },
      {
        fault: exception(
          'InvalidParameterException',
          'Cannot reset password for the user as there is no registered/verified email or phone_number',
        ),
        outcome: message('errors.invalidParameter'),
      },
      codeDeliveryFailure,
    ],
  },
  {
    id: 'confirmResetPassword',
    operation: 'ConfirmForgotPassword',
    action: 'Set a new password with the reset code',
    cases: [
      ...commonCases(),
      ...codeCases,
      {
        fault: exception('InvalidPasswordException', 'Password did not conform with policy: Password not long enough'),
        outcome: message('errors.invalidPassword'),
      },
      {
        fault: exception('PasswordHistoryPolicyViolationException', 'Password has previously been used.'),
        outcome: message('errors.passwordHistory'),
      },
      {
        fault: exception('TooManyFailedAttemptsException', 'Too many failed attempts.'),
        outcome: message('errors.tooManyFailedAttempts'),
      },
    ],
  },
  {
    id: 'associateSoftwareToken',
    operation: 'AssociateSoftwareToken',
    action: 'Sign in when the pool asks to set up an authenticator app (MFA_SETUP)',
    cases: [
      ...commonCases(),
      {
        fault: exception('SoftwareTokenMFANotFoundException', 'Software Token MFA is not enabled for the user pool.'),
        outcome: message('errors.configuration'),
      },
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'verifySoftwareToken',
    operation: 'VerifySoftwareToken',
    action: 'Finish setting up the authenticator app with its code',
    cases: [
      ...commonCases(),
      {
        fault: exception('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'),
        outcome: message('errors.codeMismatch'),
      },
      codeMismatch,
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'verifyUser',
    operation: 'GetUserAttributeVerificationCode',
    action: 'Ask for a code to verify the email after sign-in',
    cases: [...commonCases(), codeDeliveryFailure],
  },
  {
    id: 'confirmVerifyUser',
    operation: 'VerifyUserAttribute',
    action: 'Verify the email with its code',
    cases: [
      ...commonCases(),
      ...codeCases,
      {
        fault: exception('AliasExistsException', 'An account with the email already exists.'),
        outcome: message('errors.aliasExists'),
      },
    ],
  },
  {
    id: 'userAuthStart',
    operation: 'InitiateAuth',
    action: 'Sign in without a password, username first (USER_AUTH, a code by email)',
    cases: [
      ...commonCases(),
      { fault: exception('UserNotFoundException', 'User does not exist.'), outcome: message('errors.userNotFound') },
      {
        fault: exception('InvalidParameterException', 'USER_AUTH flow not enabled for this client'),
        outcome: message('errors.configuration'),
      },
      {
        fault: exception('InvalidParameterException', 'Cannot send code to either email or phone number.'),
        outcome: message('errors.codeDeliveryFailure'),
      },
      ...configurationCases,
      ...lambdaCases,
      ...deliveryConfigurationCases,
    ],
  },
  {
    id: 'selectSignInMethod',
    operation: 'RespondToAuthChallenge',
    action: "Choose a way on Cognito's own choice (SELECT_CHALLENGE)",
    cases: [
      ...commonCases(),
      codeDeliveryFailure,
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'signInCode',
    operation: 'RespondToAuthChallenge',
    action: 'Enter the sign-in code (EMAIL_OTP, SMS_OTP)',
    cases: [
      ...commonCases(),
      { ...codeMismatch, fault: exception('CodeMismatchException', 'Invalid code or auth state for the user.') },
      ...codeCases.slice(1),
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'resendSignInCode',
    operation: 'InitiateAuth',
    action: 'Ask for a new sign-in code (USER_AUTH again)',
    cases: [...commonCases(), codeDeliveryFailure],
  },
  {
    id: 'passkeySignIn',
    operation: 'RespondToAuthChallenge',
    action: 'Sign in with a passkey, the signed answer (WEB_AUTHN)',
    cases: [
      ...commonCases(),
      {
        fault: exception('NotAuthorizedException', 'Incorrect username or password.'),
        outcome: message('errors.passkeyFailed'),
      },
      { fault: sessionExpired, outcome: { kind: 'moves', to: 'signIn', key: 'errors.sessionExpired' } },
    ],
  },
  {
    id: 'listPasskeys',
    operation: 'ListWebAuthnCredentials',
    action: 'Signed in: whether to offer a passkey',
    // Not knowing never keeps anyone out: into the app, offered again at the next sign-in.
    cases: allCarryOn({ kind: 'carries on', to: 'authenticated' }),
  },
  {
    id: 'startPasskeyRegistration',
    operation: 'StartWebAuthnRegistration',
    action: 'Create a passkey, its options',
    cases: [
      ...commonCases(),
      {
        fault: exception('WebAuthnNotEnabledException', 'WebAuthn is not enabled for this user pool.'),
        outcome: message('errors.passkeyDomain'),
      },
      {
        fault: exception('WebAuthnConfigurationMissingException', 'The relying party id is not configured.'),
        outcome: message('errors.passkeyDomain'),
      },
    ],
  },
  {
    id: 'completePasskeyRegistration',
    operation: 'CompleteWebAuthnRegistration',
    action: 'Create a passkey, the new credential',
    cases: [
      ...commonCases(),
      {
        fault: exception('WebAuthnChallengeNotFoundException', 'The registration challenge has expired.'),
        outcome: message('errors.passkeyFailed'),
      },
      {
        fault: exception('WebAuthnOriginNotAllowedException', 'The origin is not allowed.'),
        outcome: message('errors.passkeyDomain'),
      },
      {
        fault: exception('WebAuthnRelyingPartyMismatchException', 'The relying party does not match.'),
        outcome: message('errors.passkeyDomain'),
      },
      {
        fault: exception('WebAuthnCredentialNotSupportedException', 'The credential is not supported.'),
        outcome: message('errors.passkeyFailed'),
      },
    ],
  },
  {
    id: 'checkContacts',
    operation: 'GetUser',
    action: 'Signed in: which contacts still need verifying',
    // Not knowing never keeps anyone out: signed in, asked again at the next sign-in.
    cases: allCarryOn({ kind: 'carries on', to: 'authenticated' }),
  },
  {
    id: 'signOut',
    operation: 'RevokeToken',
    action: 'Sign out (the refresh token is revoked)',
    // Signed out on this device whatever the server says; the stored session is gone.
    cases: allCarryOn({ kind: 'carries on', to: 'signIn' }),
  },
  {
    id: 'restoreSession',
    operation: 'InitiateAuth',
    action: 'Reload with expired tokens (REFRESH_TOKEN_AUTH, where GetTokensFromRefreshToken is unknown: the emulator)',
    cases: [
      // The stored session is kept for the next try; sign-in says why it could not be used.
      ...commonCases().map(({ fault, outcome }): FaultCase => ({
        fault,
        outcome: { kind: 'moves', to: 'signIn', key: outcome.kind === 'message' ? outcome.key : '' },
      })),
      // A refresh token the pool refuses is discarded: plain sign-in, nothing to tell.
      {
        fault: exception('NotAuthorizedException', 'Refresh Token has been revoked'),
        outcome: { kind: 'carries on', to: 'signIn' },
      },
    ],
  },
];

/** The number of rows: calls x their faults. */
export const faultCount = calls.reduce((total, call) => total + call.cases.length, 0);

function outcomeText(outcome: Outcome, english: (key: string) => string): string {
  switch (outcome.kind) {
    case 'message':
      return outcome.detail === undefined ? english(outcome.key) : `The trigger's own words ("${outcome.detail}")`;
    case 'moves':
      return `Goes to ${outcome.to}${outcome.key ? `: ${english(outcome.key)}` : ''}`;
    case 'carries on':
      return `No message; goes on to ${outcome.to}`;
  }
}

/** The table as the README shows it, with each message in English. */
export function faultTableMarkdown(english: (key: string) => string): string {
  const lines = ['| Call | What the person did | Fault | What they see |', '| --- | --- | --- | --- |'];
  for (const call of calls) {
    for (const { fault, outcome } of call.cases) {
      lines.push(
        `| \`${call.operation}\` | ${call.action} | ${fault.label.replaceAll('|', '\\|')} | ${outcomeText(outcome, english)} |`,
      );
    }
  }
  return lines.join('\n');
}
