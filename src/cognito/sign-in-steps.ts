/**
 * What the sign-in calls share between two steps, with both ways of signing in (the
 * classic flows in `sign-in.ts`, choice-based sign-in in `passwordless.ts`): the step in
 * progress, Cognito's answers settled into tokens or the next step, and the password's
 * SRP proof.
 */
import type {
  InitiateAuthResponse,
  RespondToAuthChallengeResponse,
  ChallengeNameType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuthError, AuthFailure, CodeDelivery, SignInResult } from '../core/types.js';
import type { CallContext } from './call-context.js';
import { toChallenge } from './challenges.js';
import { invalidResponse, sessionExpired } from './errors.js';
import type { SrpClient } from './srp.js';

/** How `USER_AUTH` takes the password: with SRP (the password never leaves the browser) or as it is. */
export type UserAuthPassword = 'PASSWORD_SRP' | 'PASSWORD';

/** The challenge in progress: Cognito's name for it, its session and the username Cognito knows the user by. */
export interface PendingChallenge {
  readonly name: ChallengeNameType;
  readonly session: string | undefined;
  readonly username: string;
}

/**
 * What the choice-based sign-in calls, a chunk loaded later, take from the modules the
 * password journey already has, handed over rather than imported: an import would split
 * those modules out of the journey's own file.
 */
export interface SignInTools {
  readonly settle: typeof settle;
  readonly pendingStep: typeof pendingStep;
  readonly answerVerifier: typeof answerVerifier;
  readonly createSrpClient: (poolName: string) => Promise<SrpClient>;
  readonly challengeDelivery: (parameters: Readonly<Record<string, string>>) => CodeDelivery | undefined;
  readonly invalidResponse: (cause?: unknown) => AuthError;
  readonly noSession: () => AuthError;
  readonly fail: (failure: AuthFailure, cause?: unknown) => AuthError;
  readonly isAuthError: (error: unknown) => error is AuthError;
}

/** The sign-in calls' own state between two steps. */
export interface SignInState {
  readonly context: CallContext;
  readonly tools: SignInTools;
  /** How `USER_AUTH` takes the password. */
  readonly userAuthPassword: UserAuthPassword;
  pending: PendingChallenge | undefined;
}

/** Tokens (the user is signed in) or the next challenge, which becomes the one in progress. */
export function settle(
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
export function pendingStep(state: SignInState): PendingChallenge {
  if (!state.pending) throw sessionExpired();
  return state.pending;
}

/** Cognito's PASSWORD_VERIFIER, answered with the password's proof; any other answer is settled as it is. */
export async function answerVerifier(
  state: SignInState,
  srp: SrpClient,
  started: InitiateAuthResponse | RespondToAuthChallengeResponse,
  username: string,
  password: string,
): Promise<SignInResult> {
  const { context } = state;
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
