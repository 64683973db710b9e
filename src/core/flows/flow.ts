/**
 * The shape of a flow: the user events it takes on its screens, and the answers and
 * failures of its own calls. The machine routes every event to the flow that handles it.
 */
import type {
  AuthenticatorConfig,
  DoneHandler,
  FailedHandler,
  UserEventOf,
  UserEventType,
  UserHandler,
} from '../config.js';
import type { FlowName, OperationsOf } from '../operations.js';
import type { MachineState, Transition } from '../state.js';
import type { Route } from '../types.js';

export type { DoneHandler, FailedHandler, FlowExtension, UserEventOf, UserEventType, UserHandler } from '../config.js';

/** A handler of `type` on `routes`, which sees the state of those routes. */
export function on<T extends UserEventType, R extends Route>(
  type: T,
  routes: readonly R[],
  run: (state: MachineState<R>, event: UserEventOf<T>, config: AuthenticatorConfig) => Transition,
): UserHandler<T> {
  // The machine calls `run` only when the state is on one of `routes`.
  return { type, routes, run: run as UserHandler<T>['run'] };
}

/** One flow: its user events, and a handler for the answer and the failure of each of its calls. */
export interface Flow<F extends FlowName, Events extends UserEventType> {
  readonly user: { readonly [T in Events]: UserHandler<T> };
  readonly done: { readonly [K in OperationsOf<F>]: DoneHandler<K> };
  readonly failed: Readonly<Record<OperationsOf<F>, FailedHandler>>;
}
