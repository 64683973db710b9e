/**
 * The interpreter: holds the state, makes the machine's calls through the injected
 * `AuthClient`, and tells subscribers about every new state. Every promise it starts is
 * settled into an event, so nothing is ever left unhandled.
 */
import { defaultConfig, type AuthenticatorConfig } from './config.js';
import { inputOf, type AnswerEvent, type AuthEvent, type Effect, type UserEvent } from './events.js';
import { transition } from './machine.js';
import { callClient, type AuthClient } from './operations.js';
import { initialState, publicState, type AuthState, type MachineState } from './state.js';
import { AuthError, type AuthFailure, type AuthSession } from './types.js';

export interface AuthenticatorOptions {
  readonly client: AuthClient;
  readonly config?: Partial<AuthenticatorConfig>;
}

/** Called with the new state and the one before; neither holds a password or a token in flight. */
export type StateListener = (state: AuthState, previous: AuthState) => void;

export interface Authenticator {
  /** The state now. */
  readonly state: AuthState;
  /** The settings in force. */
  readonly config: AuthenticatorConfig;
  /** Restores the stored session and shows the first screen. */
  start(): void;
  /** Sends what the person did. */
  send(event: UserEvent): void;
  /**
   * Changes settings while the journey runs (labels, policy, which screens are offered):
   * the screen shown, its data and the call in flight stay as they are.
   */
  configure(config: Partial<AuthenticatorConfig>): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void;
  /**
   * The signed-in session with tokens good for a call to the app's API (refreshed first
   * when the client can); `null` when nobody is signed in.
   */
  currentSession(): Promise<AuthSession | null>;
  /** Ignores answers still on their way and releases the client. */
  stop(): void;
}

/** Turns anything a client threw into a failure the screens can show. */
export function toFailure(error: unknown): AuthFailure {
  if (error instanceof AuthError) return error;
  return { code: 'UnknownError', key: 'errors.unknown' };
}

/** Makes the call an effect stands for; its answer comes back as an event. */
async function perform(client: AuthClient, effect: Effect): Promise<AnswerEvent> {
  const result = await callClient(client, effect.type, inputOf(effect));
  // `result` is the output of `effect.type`: the pair is an answer of that call.
  return { type: 'done', call: effect.type, result } as AnswerEvent;
}

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { client } = options;
  let config: AuthenticatorConfig = { ...defaultConfig, ...options.config };
  const listeners = new Set<StateListener>();
  let state: MachineState = initialState;
  let shown: AuthState = publicState(state);
  let stopped = false;
  let unsubscribeSession: (() => void) | undefined;

  const dispatch = (event: AuthEvent): void => {
    if (stopped) return;
    const next = transition(state, event, config);
    if (next.state !== state) {
      state = next.state;
      const previous = shown;
      shown = publicState(state);
      for (const listener of listeners) listener(shown, previous);
    }
    for (const effect of next.effects) run(effect);
  };

  const run = (effect: Effect): void => {
    perform(client, effect).then(dispatch, (error: unknown) => {
      dispatch({ type: 'failed', call: effect.type, error: toFailure(error) });
    });
  };

  return {
    get state() {
      return shown;
    },
    get config() {
      return config;
    },
    start() {
      unsubscribeSession ??= client.onSessionChange?.((change) => {
        dispatch(
          change.type === 'refreshed'
            ? { type: 'sessionRefreshed', session: change.session }
            : change.type === 'expired'
              ? { type: 'sessionExpired', error: change.error }
              : { type: 'sessionEnded' },
        );
      });
      dispatch({ type: 'start' });
    },
    send: dispatch,
    configure(changes) {
      config = { ...config, ...changes };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async currentSession() {
      if (!('session' in shown)) return null;
      const session = client.currentSession ? await client.currentSession() : shown.session;
      // Signed out while the refresh was on its way: nobody's tokens.
      return 'session' in shown ? session : null;
    },
    stop() {
      stopped = true;
      listeners.clear();
      unsubscribeSession?.();
      client.dispose?.();
    },
  };
}
