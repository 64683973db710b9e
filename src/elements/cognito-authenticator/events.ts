/** The element's events and their details: what a page listens to. */
import type { AuthFailure, AuthUser, Route } from '../../core/types.js';

/** Detail of `cognito-route-change`: the screen shown now and the one before. */
export interface RouteChangeDetail {
  readonly route: Route;
  readonly previous: Route;
}

/** Detail of `cognito-signed-in`: the user, never the tokens. */
export interface SignedInDetail {
  readonly user: AuthUser;
}

/**
 * Detail of `cognito-signed-out`: `globalSignOutFailure` when "sign out everywhere" was
 * asked for and did not happen (this browser is signed out all the same).
 */
export interface SignedOutDetail {
  readonly globalSignOutFailure?: AuthFailure;
}

/** Detail of `cognito-session-expired`: why the tokens could not be refreshed (tries go on). */
export interface SessionExpiredDetail {
  readonly error: AuthFailure;
}

/** The element's events, by name. */
export interface CognitoAuthenticatorEventMap {
  'cognito-route-change': CustomEvent<RouteChangeDetail>;
  'cognito-signed-in': CustomEvent<SignedInDetail>;
  'cognito-signed-out': CustomEvent<SignedOutDetail>;
  'cognito-session-expired': CustomEvent<SessionExpiredDetail>;
}

/** Dispatches one of the element's events from `target`; they bubble and cross shadow roots. */
export function emit<K extends keyof CognitoAuthenticatorEventMap>(
  target: EventTarget,
  type: K,
  detail: CognitoAuthenticatorEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
