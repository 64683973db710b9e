/**
 * Sign-in against the user pool: SRP (the password never leaves the browser) or the
 * password itself, then the answers to each challenge the pool asks for, with the
 * bookkeeping Cognito needs between the steps (the step's session and the username it
 * knows the user by).
 */
import type { AuthClient } from '../core/operations.js';
import { AuthError, type AuthFailure, type ChallengeAnswer, type SignInResult } from '../core/types.js';
import type { CallContext } from './call-context.js';
import { challengeDelivery } from './challenges.js';
import { cognitoError, invalidResponse, noSession, sessionExpired } from './errors.js';
import { answerVerifier, pendingStep, settle, type SignInState, type UserAuthPassword } from './sign-in-steps.js';
import { createSrpClient } from './srp.js';

export type { UserAuthPassword } from './sign-in-steps.js';

/** How the password signs in: SRP, the password itself, or Cognito's choice-based sign-in (`USER_AUTH`). */
export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH';

type SignInCalls = Pick<
  AuthClient,
  | 'signIn'
  | 'respondToChallenge'
  | 'setUpTotp'
  | 'verifyTotp'
  | 'signInAfterConfirmation'
  | 'startUserAuth'
  | 'listPasskeys'
  | 'registerPasskey'
>;

/** The choice-based sign-in calls, loaded the first time a page uses them. */
const passwordless = (): Promise<typeof import('./passwordless.js')> => import('./passwordless.js');

export function createSignInCalls(
  context: CallContext,
  authFlow: AuthFlow,
  userAuthPassword: UserAuthPassword = 'PASSWORD_SRP',
): SignInCalls {
  const tools = {
    settle,
    pendingStep,
    answerVerifier,
    createSrpClient,
    challengeDelivery,
    invalidResponse,
    noSession,
    fail: (failure: AuthFailure, cause?: unknown) =>
      new AuthError(failure, cause === undefined ? undefined : { cause }),
    isAuthError: (error: unknown): error is AuthError => error instanceof AuthError,
  };
  const state: SignInState = { context, tools, userAuthPassword, pending: undefined };
  const startUserAuth: SignInCalls['startUserAuth'] = (input) =>
    passwordless().then(({ startUserAuth: start }) => start(state, input));
  return {
    signIn: ({ username, password }) =>
      authFlow === 'USER_AUTH'
        ? startUserAuth({ username, method: 'password', password })
        : authFlow === 'USER_SRP_AUTH'
          ? signInWithSrp(state, username, password)
          : signInWithPassword(state, username, password),
    startUserAuth,
    respondToChallenge: (answer) =>
      answer.kind === 'selectMethod'
        ? passwordless().then(({ answerChoice }) => answerChoice(state, answer))
        : respondToChallenge(state, answer),
    setUpTotp: () => setUpTotp(state),
    verifyTotp: ({ code }) => verifyTotp(state, code),
    signInAfterConfirmation: ({ username }) => signInAfterConfirmation(state, username),
    listPasskeys: () => passwordless().then(({ listPasskeys }) => listPasskeys(state)),
    registerPasskey: () => passwordless().then(({ registerPasskey }) => registerPasskey(state)),
  };
}

async function signInWithPassword(state: SignInState, username: string, password: string): Promise<SignInResult> {
  const response = await state.context.send('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: state.context.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return settle(state, response, username);
}

async function signInWithSrp(state: SignInState, username: string, password: string): Promise<SignInResult> {
  const { context } = state;
  const srp = await createSrpClient(context.poolName);
  const started = await context.send('InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: context.clientId,
    AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
  });
  return answerVerifier(state, srp, started, username, password);
}

async function respondToChallenge(state: SignInState, answer: ChallengeAnswer): Promise<SignInResult> {
  const step = pendingStep(state);
  const { toChallengeResponse } = await import('./challenge-answers.js');
  const responses = toChallengeResponse(answer, step.name);
  if (!responses)
    throw new AuthError(
      { code: 'UnexpectedAnswer', key: 'errors.unknown' },
      { cause: { answer: answer.kind, challengeName: step.name } },
    );
  const { ChallengeName, ChallengeResponses } = responses;
  const response = await state.context.send('RespondToAuthChallenge', {
    ClientId: state.context.clientId,
    ChallengeName,
    ChallengeResponses: { ...ChallengeResponses, USERNAME: step.username },
    ...(step.session ? { Session: step.session } : {}),
  });
  return settle(state, response, step.username);
}

/** MFA_SETUP with an authenticator app, first step: the secret to add to the app. */
async function setUpTotp(state: SignInState): Promise<string> {
  const step = pendingStep(state);
  const response = await state.context.send('AssociateSoftwareToken', step.session ? { Session: step.session } : {});
  if (!response.SecretCode) throw invalidResponse();
  state.pending = { ...step, session: response.Session ?? step.session };
  return response.SecretCode;
}

/** MFA_SETUP with an authenticator app, last steps: its first code, then the challenge answered. */
async function verifyTotp(state: SignInState, code: string): Promise<SignInResult> {
  const { context } = state;
  const step = pendingStep(state);
  const verified = await context.send('VerifySoftwareToken', {
    UserCode: code,
    ...(step.session ? { Session: step.session } : {}),
  });
  // Cognito reports some rejections as a 200 with Status ERROR.
  if (verified.Status !== 'SUCCESS') throw cognitoError('EnableSoftwareTokenMFAException');
  const session = verified.Session ?? step.session;
  const response = await context.send('RespondToAuthChallenge', {
    ClientId: context.clientId,
    ChallengeName: 'MFA_SETUP',
    ChallengeResponses: { USERNAME: step.username },
    ...(session ? { Session: session } : {}),
  });
  return settle(state, response, step.username);
}

/** Signs a new user in with the session ConfirmSignUp returned (USER_AUTH), without the password. */
async function signInAfterConfirmation(state: SignInState, username: string): Promise<SignInResult> {
  const { context } = state;
  const session = context.signUpSessions.get(username);
  if (!session) throw sessionExpired();
  context.signUpSessions.delete(username);
  const response = await context.send('InitiateAuth', {
    AuthFlow: 'USER_AUTH',
    ClientId: context.clientId,
    AuthParameters: { USERNAME: username },
    Session: session,
  });
  return settle(state, response, username);
}
