/**
 * Choice-based sign-in against the user pool (`AuthFlow: USER_AUTH`, COGNITO-WIRE-2.md A,
 * COGNITO-WIRE.md §3.1, §4): a sign-in started in the way the person chose
 * (`PREFERRED_CHALLENGE`), Cognito's own choice answered (`SELECT_CHALLENGE`), a passkey
 * asked of the browser when Cognito sends `WEB_AUTHN`, and the signed-in user's passkeys
 * listed and made (§B). A chunk of its own: a page that offers only the password never
 * loads it.
 */
import type {
  ChallengeNameType,
  CompleteWebAuthnRegistrationRequest,
  InitiateAuthResponse,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuthMethod, ChallengeAnswer, Passkey, SignInResult, UserAuthInput } from '../core/types.js';
import type { CreationOptionsJson } from './passkey.js';
import type { SignInState } from './sign-in-steps.js';

/** Cognito's challenge for each way to sign in, but the password (PASSWORD or PASSWORD_SRP). */
const CHALLENGES = {
  passkey: 'WEB_AUTHN',
  'email-otp': 'EMAIL_OTP',
  'sms-otp': 'SMS_OTP',
} as const satisfies Readonly<Record<Exclude<AuthMethod, 'password'>, ChallengeNameType>>;

/** The way each challenge in `AvailableChallenges` stands for; the password's two ways are one. */
const METHODS: Readonly<Record<string, AuthMethod>> = {
  WEB_AUTHN: 'passkey',
  EMAIL_OTP: 'email-otp',
  SMS_OTP: 'sms-otp',
  PASSWORD: 'password',
  PASSWORD_SRP: 'password',
};

/** The ways Cognito offers, each once; challenges this element does not know are left out. */
function methodsOf(available: readonly string[] | undefined): AuthMethod[] {
  const methods = (available ?? []).flatMap((name) => {
    const method = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
    return method ? [method] : [];
  });
  return [...new Set(methods)];
}

type Response = InitiateAuthResponse | RespondToAuthChallengeResponse;

/**
 * What Cognito's answer to a `USER_AUTH` step means: its own choice, a passkey to ask the
 * browser for, or (as for any sign-in) tokens or the next step. A code asked for by the
 * way chosen is the sign-in's code, not a second factor.
 */
async function settleUserAuth(
  state: SignInState,
  response: Response,
  username: string,
  method: AuthMethod,
): Promise<SignInResult> {
  if (response.ChallengeName === 'SELECT_CHALLENGE') {
    state.pending = { name: 'SELECT_CHALLENGE', session: response.Session, username };
    return { kind: 'challenge', challenge: { kind: 'selectMethod', options: methodsOf(response.AvailableChallenges) } };
  }
  if (response.ChallengeName === 'WEB_AUTHN') return answerPasskey(state, response, username);
  const result = state.tools.settle(state, response, username);
  const name = response.ChallengeName;
  const code = name === 'EMAIL_OTP' || name === 'SMS_OTP';
  if (result.kind === 'challenge' && code && (method === 'email-otp' || method === 'sms-otp')) {
    const delivery = state.tools.challengeDelivery(response.ChallengeParameters ?? {});
    return { kind: 'challenge', challenge: { kind: 'signInCode', method, ...(delivery ? { delivery } : {}) } };
  }
  return result;
}

/** Cognito's `WEB_AUTHN`: the browser asked for a passkey of its request options, and the credential sent back. */
async function answerPasskey(state: SignInState, response: Response, typedUsername: string): Promise<SignInResult> {
  const { context } = state;
  const parameters = response.ChallengeParameters ?? {};
  const options = parameters.CREDENTIAL_REQUEST_OPTIONS;
  if (!options) throw state.tools.invalidResponse();
  const username = parameters.USERNAME ?? typedUsername;
  // The step is given up if the ceremony fails: sign-in starts again from the choice.
  state.pending = undefined;
  const { usePasskey } = await import('./passkey.js');
  const credential = await usePasskey(options, state.tools.fail);
  let answered: RespondToAuthChallengeResponse;
  try {
    answered = await context.send('RespondToAuthChallenge', {
      ClientId: context.clientId,
      ChallengeName: 'WEB_AUTHN',
      ChallengeResponses: { USERNAME: username, CREDENTIAL: credential },
      ...(response.Session ? { Session: response.Session } : {}),
    });
  } catch (error) {
    // A passkey Cognito did not accept: not a wrong password; try again or choose another way.
    if (!state.tools.isAuthError(error) || error.key !== 'errors.notAuthorized') throw error;
    throw state.tools.fail({ code: error.code, key: 'errors.passkeyFailed', reason: 'passkeyFailed' }, error);
  }
  // A second passkey in a row is not a step Cognito documents.
  if (answered.ChallengeName === 'WEB_AUTHN') throw state.tools.invalidResponse();
  return state.tools.settle(state, answered, username);
}

/** Starts a `USER_AUTH` sign-in in the way chosen (COGNITO-WIRE-2.md A.2). */
export async function startUserAuth(state: SignInState, input: UserAuthInput): Promise<SignInResult> {
  const { context } = state;
  const { username, method } = input;
  state.pending = undefined;
  const start = (parameters: Record<string, string>): Promise<InitiateAuthResponse> =>
    context.send('InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: context.clientId,
      AuthParameters: { USERNAME: username, ...parameters },
    });
  if (method !== 'password') {
    const started = await start({ PREFERRED_CHALLENGE: CHALLENGES[method] });
    return settleUserAuth(state, started, username, method);
  }
  const password = input.password ?? '';
  if (state.userAuthPassword === 'PASSWORD') {
    const started = await start({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password });
    return settleUserAuth(state, started, username, method);
  }
  const srp = await state.tools.createSrpClient(context.poolName);
  const started = await start({ PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: srp.srpA });
  if (started.ChallengeName === 'PASSWORD_VERIFIER')
    return state.tools.answerVerifier(state, srp, started, username, password);
  return settleUserAuth(state, started, username, method);
}

/** Answers Cognito's `SELECT_CHALLENGE` with the way chosen (COGNITO-WIRE-2.md A.3). */
export async function answerChoice(
  state: SignInState,
  answer: Extract<ChallengeAnswer, { kind: 'selectMethod' }>,
): Promise<SignInResult> {
  const { context } = state;
  const step = state.tools.pendingStep(state);
  if (step.name !== 'SELECT_CHALLENGE') throw state.tools.invalidResponse();
  const respond = (responses: Record<string, string>): Promise<RespondToAuthChallengeResponse> =>
    context.send('RespondToAuthChallenge', {
      ClientId: context.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      ChallengeResponses: { USERNAME: step.username, ...responses },
      ...(step.session ? { Session: step.session } : {}),
    });
  const { method } = answer;
  if (method !== 'password') {
    return settleUserAuth(state, await respond({ ANSWER: CHALLENGES[method] }), step.username, method);
  }
  const password = answer.password ?? '';
  if (state.userAuthPassword === 'PASSWORD') {
    return settleUserAuth(state, await respond({ ANSWER: 'PASSWORD', PASSWORD: password }), step.username, method);
  }
  const srp = await state.tools.createSrpClient(context.poolName);
  const answered = await respond({ ANSWER: 'PASSWORD_SRP', SRP_A: srp.srpA });
  return state.tools.answerVerifier(state, srp, answered, step.username, password);
}

/** The signed-in user's access token, fresh; without a session the call cannot be made. */
async function accessToken(state: SignInState): Promise<string> {
  const session = await state.context.sessions.fresh();
  if (!session) throw state.tools.noSession();
  return session.tokens.accessToken;
}

/** The signed-in user's passkeys (ListWebAuthnCredentials, COGNITO-WIRE-2.md B.3), every page of them. */
export async function listPasskeys(state: SignInState): Promise<Passkey[]> {
  const { context } = state;
  const token = await accessToken(state);
  const passkeys: Passkey[] = [];
  let next: string | undefined;
  do {
    const page = await context.send('ListWebAuthnCredentials', {
      AccessToken: token,
      MaxResults: 20,
      ...(next ? { NextToken: next } : {}),
    });
    for (const credential of page.Credentials ?? []) {
      if (!credential.CredentialId) continue;
      // Epoch seconds on the wire (the fetch transport); a Date from the SDK's transport.
      const raw: unknown = credential.CreatedAt;
      const createdAt = typeof raw === 'number' ? raw * 1000 : raw instanceof Date ? raw.getTime() : undefined;
      passkeys.push({
        id: credential.CredentialId,
        name: credential.FriendlyCredentialName ?? '',
        ...(createdAt === undefined || Number.isNaN(createdAt) ? {} : { createdAt }),
      });
    }
    next = page.NextToken;
  } while (next);
  return passkeys;
}

/**
 * Makes a passkey for the signed-in user (COGNITO-WIRE-2.md B.1, B.2): Cognito's creation
 * options, the browser's ceremony, the credential sent back.
 */
export async function registerPasskey(state: SignInState): Promise<void> {
  try {
    await makeAndComplete(state);
  } catch (error) {
    const key =
      state.tools.isAuthError(error) && Object.hasOwn(PASSKEY_REFUSALS, error.code)
        ? PASSKEY_REFUSALS[error.code]
        : undefined;
    if (key === undefined || !state.tools.isAuthError(error)) throw error;
    if (key === 'errors.passkeyDomain') poolSettingHelp(error.code);
    throw state.tools.fail({ code: error.code, key }, error);
  }
}

/** Cognito's refusals of a passkey (COGNITO-WIRE.md §3.18, COGNITO-WIRE-2.md A.6): a pool setting, or a ceremony to try again. */
const PASSKEY_REFUSALS: Readonly<Record<string, string>> = {
  WebAuthnConfigurationMissingException: 'errors.passkeyDomain',
  WebAuthnNotEnabledException: 'errors.passkeyDomain',
  WebAuthnOriginNotAllowedException: 'errors.passkeyDomain',
  WebAuthnRelyingPartyMismatchException: 'errors.passkeyDomain',
  WebAuthnChallengeNotFoundException: 'errors.passkeyFailed',
  WebAuthnCredentialNotSupportedException: 'errors.passkeyFailed',
};

/** Tells the page author which setting of the pool refused the passkey. */
function poolSettingHelp(code: string): void {
  console.error(
    `<cognito-authenticator>: Cognito refused to make a passkey (${code}). Passkeys need the Essentials tier, WEB_AUTHN in the pool's sign-in policy (AllowedFirstAuthFactors), and a relying-party id equal to this page's domain or a parent of it (SetUserPoolMfaConfig WebAuthnConfiguration.RelyingPartyId; now ${'location' in globalThis ? globalThis.location.hostname : 'unknown'}).`,
  );
}

async function makeAndComplete(state: SignInState): Promise<void> {
  const { context } = state;
  const token = await accessToken(state);
  const started = await context.send('StartWebAuthnRegistration', { AccessToken: token });
  const options = started.CredentialCreationOptions as unknown as CreationOptionsJson | undefined;
  if (!options || typeof options.challenge !== 'string') throw state.tools.invalidResponse();
  const { makePasskey } = await import('./passkey.js');
  const credential = await makePasskey(options, state.tools.fail);
  await context.send('CompleteWebAuthnRegistration', {
    AccessToken: token,
    // A JSON document in the request, not a string (COGNITO-WIRE-2.md B.2).
    Credential: credential as CompleteWebAuthnRegistrationRequest['Credential'],
  });
}
