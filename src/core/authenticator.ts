/**
 * The interpreter: holds the state, performs the machine's effects through the injected
 * `AuthClient`, and tells subscribers about every new state. Every promise it starts is
 * settled into an event, so nothing is ever left unhandled.
 */
import {
  defaultConfig,
  initialState,
  transition,
  type AuthEvent,
  type AuthState,
  type AuthenticatorConfig,
  type Effect,
  type ResultEvent,
  type UserEvent,
} from './machine.js';
import { AuthError, type AuthClient, type AuthFailure, type SignInResult } from './types.js';

export interface AuthenticatorOptions {
  readonly client: AuthClient;
  readonly config?: Partial<AuthenticatorConfig>;
}

export type StateListener = (state: AuthState, previous: AuthState) => void;

export interface Authenticator {
  readonly state: AuthState;
  readonly config: AuthenticatorConfig;
  /** Restores the stored session and shows the first screen. */
  start(): void;
  /** Sends what the person did. */
  send(event: UserEvent): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void;
  /** Ignores answers still on their way and releases the client. */
  stop(): void;
}

/** Turns anything a client threw into a failure the screens can show. */
export function toFailure(error: unknown): AuthFailure {
  if (error instanceof AuthError) return error;
  return { code: 'UnknownError', key: 'errors.unknown' };
}

function signInEvent(result: SignInResult): ResultEvent {
  return result.kind === 'signedIn'
    ? { type: 'signedIn', session: result.session }
    : { type: 'challenged', challenge: result.challenge };
}

async function perform(client: AuthClient, effect: Effect): Promise<ResultEvent> {
  switch (effect.type) {
    case 'restoreSession':
      return { type: 'restored', session: await client.restoreSession() };
    case 'signIn':
      return signInEvent(await client.signIn({ username: effect.username, password: effect.password }));
    case 'signUp':
      return { type: 'signedUp', result: await client.signUp(effect.input) };
    case 'confirmSignUp':
      return {
        type: 'confirmedSignUp',
        canSignIn: await client.confirmSignUp({ username: effect.username, code: effect.code }),
      };
    case 'signInAfterConfirmation':
      return signInEvent(await client.signInAfterConfirmation({ username: effect.username }));
    case 'resendSignUpCode': {
      const delivery = await client.resendSignUpCode({ username: effect.username });
      return delivery ? { type: 'codeResent', delivery } : { type: 'codeResent' };
    }
    case 'respondToChallenge':
      return signInEvent(
        await client.respondToChallenge({ challengeName: effect.challengeName, responses: effect.responses }),
      );
    case 'checkContacts':
      return { type: 'contactsChecked', contacts: await client.unverifiedContacts() };
    case 'sendAttributeCode': {
      const delivery = await client.sendAttributeCode({ attribute: effect.attribute });
      return delivery ? { type: 'attributeCodeSent', delivery } : { type: 'attributeCodeSent' };
    }
    case 'verifyAttribute':
      await client.verifyAttribute({ attribute: effect.attribute, code: effect.code });
      return { type: 'attributeVerified' };
    case 'setUpTotp':
      return { type: 'totpSecretReady', secret: await client.setUpTotp() };
    case 'verifyTotp':
      return signInEvent(await client.verifyTotp({ code: effect.code }));
    case 'forgotPassword': {
      const delivery = await client.forgotPassword({ username: effect.username });
      return delivery ? { type: 'resetCodeSent', delivery } : { type: 'resetCodeSent' };
    }
    case 'confirmForgotPassword':
      await client.confirmForgotPassword({ username: effect.username, code: effect.code, password: effect.password });
      return { type: 'passwordReset' };
    case 'signOut':
      await client.signOut({ global: effect.global });
      return { type: 'signedOut' };
  }
}

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { client } = options;
  const config: AuthenticatorConfig = { ...defaultConfig, ...options.config };
  const listeners = new Set<StateListener>();
  let state = initialState;
  let stopped = false;
  let unsubscribeSession: (() => void) | undefined;

  const dispatch = (event: AuthEvent): void => {
    if (stopped) return;
    const previous = state;
    const next = transition(state, event, config);
    state = next.state;
    if (state !== previous) for (const listener of listeners) listener(state, previous);
    for (const effect of next.effects) run(effect);
  };

  const run = (effect: Effect): void => {
    perform(client, effect).then(dispatch, (error: unknown) => {
      dispatch({ type: 'failed', effect: effect.type, error: toFailure(error) });
    });
  };

  return {
    get state() {
      return state;
    },
    config,
    start() {
      unsubscribeSession ??= client.onSessionChange?.((change) => {
        dispatch(
          change.type === 'refreshed'
            ? { type: 'sessionRefreshed', session: change.session }
            : { type: 'sessionEnded' },
        );
      });
      dispatch({ type: 'start' });
    },
    send: dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      listeners.clear();
      unsubscribeSession?.();
      client.dispose?.();
    },
  };
}
