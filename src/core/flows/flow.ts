/**
 * The shape of a flow: the user events it takes on its screens, and the answers and
 * failures of its own calls. The machine routes every event to the flow that handles it.
 */
import type { AuthenticatorConfig } from '../config.js';
import type { UserEvent } from '../events.js';
import type { FlowName, OperationName, OperationOutput, OperationsOf } from '../operations.js';
import type { MachineState, Transition } from '../state.js';
import type { AuthFailure, Route } from '../types.js';

export type UserEventType = UserEvent['type'];
export type UserEventOf<T extends UserEventType> = Extract<UserEvent, { readonly type: T }>;

/** What a person did, taken only on the routes named and only while nothing is in flight. */
export interface UserHandler<T extends UserEventType> {
  readonly type: T;
  readonly routes: readonly Route[];
  readonly run: (state: MachineState, event: UserEventOf<T>, config: AuthenticatorConfig) => Transition;
}

/** A handler of `type` on `routes`, which sees the state of those routes. */
export function on<T extends UserEventType, R extends Route>(
  type: T,
  routes: readonly R[],
  run: (state: MachineState<R>, event: UserEventOf<T>, config: AuthenticatorConfig) => Transition,
): UserHandler<T> {
  // The machine calls `run` only when the state is on one of `routes`.
  return { type, routes, run: run as UserHandler<T>['run'] };
}

export type DoneHandler<K extends OperationName> = (
  state: MachineState,
  result: OperationOutput<K>,
  config: AuthenticatorConfig,
) => Transition;

export type FailedHandler = (state: MachineState, error: AuthFailure, config: AuthenticatorConfig) => Transition;

/** One flow: its user events, and a handler for the answer and the failure of each of its calls. */
export interface Flow<F extends FlowName, Events extends UserEventType> {
  readonly user: { readonly [T in Events]: UserHandler<T> };
  readonly done: { readonly [K in OperationsOf<F>]: DoneHandler<K> };
  readonly failed: Readonly<Record<OperationsOf<F>, FailedHandler>>;
}
