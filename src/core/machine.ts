/**
 * The authenticator as a pure state machine: `transition(state, event, config)` returns
 * the next state and the calls to make. It routes each event to the flow that handles it
 * (see `flows/`) and does nothing else; the interpreter in `authenticator.ts` makes the
 * calls through an injected `AuthClient` and feeds the answers back as events.
 */
import { defaultConfig, type AuthenticatorConfig } from './config.js';
import type { AnswerEvent, AuthEvent, FailedEvent, FederationEvent, PasswordlessEvent, UserEvent } from './events.js';
import type { DoneHandler, FailedHandler, UserHandler, UserEventType } from './flows/flow.js';
import { on } from './flows/flow.js';
import { resetPasswordFlow } from './flows/reset-password.js';
import { SIGNED_OUT_ROUTES, onSessionEvent, sessionFlow } from './flows/session.js';
import { signInFlow } from './flows/sign-in.js';
import { signUpFlow } from './flows/sign-up.js';
import { verifyContactFlow } from './flows/verify-contact.js';
import type { OperationName, OperationsOf } from './operations.js';
import { show, stay, type MachineState, type Transition } from './state.js';

/** Links between the signed-out screens: each keeps the username typed on the screen left. */
const navigate = on('navigate', SIGNED_OUT_ROUTES, (state, event, config) => {
  if (event.route === 'signUp' && config.hideSignUp) return stay(state);
  const username = event.username === undefined ? state.username : event.username.trim();
  return stay(show(event.route, { username }, {}));
});

/** The events and calls of flows a page loads only when it offers them (`config.flows`). */
type CoreUserEventType = Exclude<UserEventType, PasswordlessEvent['type'] | FederationEvent['type']>;
type CoreOperationName = Exclude<OperationName, OperationsOf<'passwordless' | 'federation'>>;

/** Every user event, to the flow that takes it; the compiler checks that none is missing. */
const USER: { readonly [T in CoreUserEventType]: UserHandler<T> } = {
  navigate,
  ...sessionFlow.user,
  ...signInFlow.user,
  ...signUpFlow.user,
  ...resetPasswordFlow.user,
  ...verifyContactFlow.user,
};

/** Every call's answer, to the flow that made it. */
const DONE: { readonly [K in CoreOperationName]: DoneHandler<K> } = {
  ...sessionFlow.done,
  ...signInFlow.done,
  ...signUpFlow.done,
  ...resetPasswordFlow.done,
  ...verifyContactFlow.done,
};

/** Every call's failure, to the flow that made it. */
const FAILED: Readonly<Record<CoreOperationName, FailedHandler>> = {
  ...sessionFlow.failed,
  ...signInFlow.failed,
  ...signUpFlow.failed,
  ...resetPasswordFlow.failed,
  ...verifyContactFlow.failed,
};

/** Only the answer of the call in flight is taken; a late or stray one changes nothing. */
const awaits = (state: MachineState, call: OperationName): boolean => state.pending && state.inFlight?.type === call;

/** The handler of a core flow, else of the first flow in the config that has one. */
function handlerOf(
  core: object,
  name: string,
  config: AuthenticatorConfig,
  table: 'user' | 'done' | 'failed',
): unknown {
  for (const handlers of [core, ...config.flows.map((flow) => flow[table])]) {
    const found: unknown = (handlers as Readonly<Record<string, unknown>>)[name];
    if (found !== undefined) return found;
  }
  return undefined;
}

function onUser(state: MachineState, event: UserEvent, config: AuthenticatorConfig): Transition {
  // The handler for this event's type; indexing by a union loses the pairing of type and handler.
  const handler = handlerOf(USER, event.type, config, 'user') as UserHandler<UserEventType> | undefined;
  if (handler === undefined || state.pending || !handler.routes.includes(state.route)) return stay(state);
  return handler.run(state, event, config);
}

function onAnswer(state: MachineState, event: AnswerEvent, config: AuthenticatorConfig): Transition {
  if (!awaits(state, event.call)) return stay(state);
  // The answer's result is the output of `event.call`, which is the handler's.
  const handler = handlerOf(DONE, event.call, config, 'done') as DoneHandler<OperationName> | undefined;
  return handler ? handler(state, event.result, config) : stay(state);
}

function onFailed(state: MachineState, event: FailedEvent, config: AuthenticatorConfig): Transition {
  if (!awaits(state, event.call)) return stay(state);
  // Each table maps a call's name to that call's handler.
  const handler = handlerOf(FAILED, event.call, config, 'failed') as FailedHandler | undefined;
  return handler ? handler(state, event.error, config) : stay(state);
}

function route(state: MachineState, event: AuthEvent, config: AuthenticatorConfig): Transition {
  switch (event.type) {
    case 'start':
    case 'sessionRefreshed':
    case 'sessionEnded':
    case 'sessionExpired':
      return onSessionEvent(state, event, config);
    case 'done':
      return onAnswer(state, event, config);
    case 'failed':
      return onFailed(state, event, config);
    default:
      return onUser(state, event, config);
  }
}

/**
 * The whole behaviour of the authenticator. Pure: the same state, event and config give
 * the same result.
 */
export function transition(
  state: MachineState,
  event: AuthEvent,
  config: AuthenticatorConfig = defaultConfig,
): Transition {
  const next = route(state, event, config);
  if (next.state.pending || next.state.inFlight === undefined) return next;
  // Nothing pending: no call is in flight any more.
  const { inFlight, ...settled } = next.state;
  return { state: settled, effects: next.effects };
}
