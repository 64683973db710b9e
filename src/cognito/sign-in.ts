/**
 * Sign-in against the user pool: SRP (the password never leaves the browser) or the
 * password itself, then the answers to each challenge the pool asks for, with the
 * bookkeeping Cognito needs between the steps (the step's session and the username it
 * knows the user by).
 */
import type {
  ChallengeNameType,
  InitiateAuthResponse,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuthClient } from '../core/operations.js';
import type { ChallengeAnswer, SignInResult } from '../core/types.js';
import type { CallContext } from './call-context.js';
import { toChallenge } from './challenges.js';
import { cognitoError, invalidResponse, sessionExpired } from './errors.js';
import { createSrpClient } from './srp.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';

/** The challenge in progress: Cognito's name for it, its session and the username Cognito knows the user by. */
interface PendingChallenge {
  readonly name: ChallengeNameType;
  readonly session: string | undefined;
  readonly username: string;
}

/** The sign-in calls' own state between two steps. */
interface SignInState {
  readonly context: CallContext;
  pending: PendingChallenge | undefined;
}

type SignInCalls = Pick<
  AuthClient,
  'signIn' | 'respondToChallenge' | 'setUpTotp' | 'verifyTotp' | 'signInAfterConfirmation'
>;

export function createSignInCalls(context: CallContext, authFlow: AuthFlow): SignInCalls {
  const state: SignInState = { context, pending: undefined };
  return {
    signIn: ({ username, password }) =>
      authFlow === 'USER_SRP_AUTH'
        ? signInWithSrp(state, username, password)
        : signInWithPassword(state, username, password),
    respondToChallenge: (answer) => respondToChallenge(state, answer),
    setUpTotp: () => setUpTotp(state),
    verifyTotp: ({ code }) => verifyTotp(state, code),
    signInAfterConfirmation: ({ username }) => signInAfterConfirmation(state, username),
  };
}

/** Tokens (the user is signed in) or the next challenge, which becomes the one in progress. */
function settle(
  state: SignInState,
  response: InitiateAuthResponse | RespondToAuthChallengeResponse,
  typedUsername: string,
): SignInResult {
  if (response.AuthenticationResult) {
    state.pending = undefined;
    return { kind: 'signedIn', session: state.context.sessions.keep(response.AuthenticationResult) };
  }
  if (!response.ChallengeName) throw invalidResponse();
  const parameters = response.ChallengeParameters ?? {};
  state.pending = {
    name: response.ChallengeName,
    session: response.Session,
    username: parameters.USER_ID_FOR_SRP ?? parameters.USERNAME ?? typedUsername,
  };
  return { kind: 'challenge', challenge: toChallenge(response.ChallengeName, parameters) };
}

/** The challenge in progress; without one, the step's session is gone and sign-in starts again. */
function pendingStep(state: SignInState): PendingChallenge {
  if (!state.pending) throw sessionExpired();
  return state.pending;
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
  if (started.ChallengeName !== 'PASSWORD_VERIFIER') return settle(state, started, username);
  const { SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP } = started.ChallengeParameters ?? {};
  if (!SRP_B || !SALT || !SECRET_BLOCK || !USER_ID_FOR_SRP) throw invalidResponse();
  let claim;
  try {
    claim = await srp.claim({ SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP }, password);
  } catch (error) {
    throw invalidResponse(error);
  }
  const answered = await context.send('RespondToAuthChallenge', {
    ChallengeName: 'PASSWORD_VERIFIER',
    ClientId: context.clientId,
    ChallengeResponses: { ...claim },
    ...(started.Session ? { Session: started.Session } : {}),
  });
  return settle(state, answered, USER_ID_FOR_SRP);
}

async function respondToChallenge(state: SignInState, answer: ChallengeAnswer): Promise<SignInResult> {
  const step = pendingStep(state);
  const { toChallengeResponse } = await import('./challenge-answers.js');
  const { ChallengeName, ChallengeResponses } = toChallengeResponse(answer, step.name);
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
