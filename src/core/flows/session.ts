/**
 * The session flow: the stored session restored at the start, followed when it is
 * refreshed or ended (here or in another tab), and ended by signing out.
 */
import type { AuthenticatorConfig } from '../config.js';
import type { AuthEvent } from '../events.js';
import { busy, show, showFailure, stay, type MachineState, type Transition } from '../state.js';
import type { AuthSession, Route } from '../types.js';
import { on, type Flow } from './flow.js';

/** Routes of someone signed out; from each, sign-in is one link away. */
export const SIGNED_OUT_ROUTES: readonly Route[] = [
  'signIn',
  'signUp',
  'confirmSignUp',
  'confirmSignIn',
  'selectMfaType',
  'setupTotp',
  'setupEmail',
  'customChallenge',
  'forceNewPassword',
  'resetPassword',
  'confirmResetPassword',
  'signInPassword',
  'selectSignInMethod',
  'confirmSignInCode',
];

export const isSignedOut = (state: MachineState): boolean => SIGNED_OUT_ROUTES.includes(state.route);

/** The first screen of someone signed out: sign-in, or sign-up when configured first. */
export function signedOut(state: MachineState, config: AuthenticatorConfig): MachineState {
  const route = config.initialRoute === 'signUp' && !config.hideSignUp ? 'signUp' : 'signIn';
  return show(route, state, {});
}

/** The app, for a session. */
export function authenticated(state: MachineState, session: AuthSession): MachineState {
  return show('authenticated', state, { session });
}

/** Routes of someone signed in: the app, and the steps before it (contacts, a passkey). */
const SIGNED_IN_ROUTES = ['authenticated', 'verifyUser', 'confirmVerifyUser', 'passkeyPrompt'] as const;

const isSignedIn = (state: MachineState): state is MachineState<(typeof SIGNED_IN_ROUTES)[number]> =>
  (SIGNED_IN_ROUTES as readonly Route[]).includes(state.route);

/** New tokens for the session shown: the same user's replace it; another user's are never taken silently. */
function refreshed(state: MachineState, session: AuthSession, config: AuthenticatorConfig): MachineState {
  if (isSignedIn(state)) {
    if (state.session.user.userId !== session.user.userId) return signedOut(state, config);
    if (state.route !== 'authenticated') return { ...state, session };
    const { error, ...rest } = state;
    return { ...rest, session };
  }
  // Signed in elsewhere (another tab): this one follows, unless it is busy with its own step.
  return !state.pending && isSignedOut(state) ? authenticated(state, session) : state;
}

/** The start, and what happens to the session by itself. */
export function onSessionEvent(
  state: MachineState,
  event: Extract<AuthEvent, { type: 'start' | 'sessionRefreshed' | 'sessionEnded' | 'sessionExpired' }>,
  config: AuthenticatorConfig,
): Transition {
  switch (event.type) {
    case 'start':
      return busy(show('setup', { username: '' }, {}), { type: 'restoreSession' });
    case 'sessionRefreshed':
      return stay(refreshed(state, event.session, config));
    case 'sessionEnded':
      return stay(isSignedIn(state) ? signedOut(state, config) : state);
    case 'sessionExpired':
      // The app is told (its tokens are stale until a refresh works); the screen stays.
      return stay(state.route === 'authenticated' ? { ...state, error: event.error } : state);
  }
}

export const sessionFlow: Flow<'session', 'signOut'> = {
  user: {
    signOut: on('signOut', SIGNED_IN_ROUTES, (state, event) =>
      busy(state, { type: 'signOut', global: event.global ?? false }),
    ),
  },
  done: {
    restoreSession: (state, session, config) => {
      if (state.route !== 'setup') return stay(state);
      return stay(session ? authenticated(state, session) : signedOut(state, config));
    },
    // Signed out here; when "everywhere" did not happen, the person is told on the sign-in screen.
    signOut: (state, result, config) =>
      stay(
        result.globalFailure
          ? { ...signedOut(state, config), error: { code: result.globalFailure.code, key: 'errors.globalSignOut' } }
          : signedOut(state, config),
      ),
  },
  failed: {
    // The stored session could not be checked (offline, say): sign-in, with the reason.
    restoreSession: (state, error, config) => stay(showFailure(signedOut(state, config), error)),
    // A hook or an app's own client refused: the client's sign-out still ran (see hooks), so nobody stays signed in.
    signOut: (state, _error, config) => stay(signedOut(state, config)),
  },
};
