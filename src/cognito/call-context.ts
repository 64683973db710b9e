/** What the calls of the Cognito client share. */
import type { SessionManager } from './session-manager.js';
import type { Operation, Operations } from './transport.js';

export interface CallContext {
  /** The app client id. */
  readonly clientId: string;
  /** The part of the user pool id after the first `_`, which SRP uses. */
  readonly poolName: string;
  /** The signed-in session: stored, refreshed, followed across tabs. */
  readonly sessions: SessionManager;
  /** The signed-in user's access token; throws when no session is stored (the call cannot be made). */
  readonly accessToken: () => string;
  /** Sessions from SignUp and ConfirmSignUp, by username: they sign a new user in without the password. */
  readonly signUpSessions: Map<string, string>;
  /** Sends a request; the client's `dispose` abandons every request still in flight. */
  send<O extends Operation>(operation: O, input: Operations[O][0]): Promise<Operations[O][1]>;
}
