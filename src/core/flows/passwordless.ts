/**
 * The passwordless flow: Cognito's choice-based sign-in (`USER_AUTH`). The person gives the
 * username and picks a way (a passkey, a code by email or text message, the password);
 * Cognito may answer with a choice of its own (`SELECT_CHALLENGE`), even after a
 * preference; a code is typed on its screen and can be sent again; once signed in, someone
 * without a passkey is offered to make one. The machine takes this flow from
 * `config.flows`, so a page that offers only the password carries none of it.
 */
import type { AuthenticatorConfig } from '../config.js';
import type { MachineState, Transition } from '../state.js';
import type { AuthMethod, AuthSession, Challenge, SelectMethodChallenge } from '../types.js';
import type { FlowExtension } from './flow.js';
import type { FlowKit } from './kit.js';
import { kitByName } from './kit-names.js';

/** The steps the flow's handlers share, built with the machine's helpers. */
function waysOf(kit: FlowKit) {
  const { busy, forgetPassword, show, showFailure, stay } = kitByName(kit);

  /** The way the page offers that a screen's button or option names, if it offers it. */
  function methodOf(config: AuthenticatorConfig, value: string): AuthMethod | undefined {
    return config.authMethods.find((method) => method === value);
  }

  /** The ways both the page and the pool offer, in the page's order of preference. */
  function offered(config: AuthenticatorConfig, options: readonly AuthMethod[]): AuthMethod[] {
    return config.authMethods.filter((method) => options.includes(method));
  }

  /** The way the call in flight asked for, if it was one. */
  function wanted(state: MachineState): AuthMethod | undefined {
    const call = state.inFlight;
    if (call?.type === 'startUserAuth') return call.method;
    if (call?.type === 'respondToChallenge' && call.kind === 'selectMethod') return call.method;
    return undefined;
  }

  /**
   * Goes on in the way chosen: the password needs its own screen first; the rest are sent at
   * once, as a new sign-in or, on Cognito's choice screen, as its answer.
   */
  function goOn(state: MachineState, method: AuthMethod, chosen: boolean): Transition {
    if (method === 'password') return stay(show('signInPassword', state, { chosen }));
    if (chosen) return busy(state, { type: 'respondToChallenge', kind: 'selectMethod', method });
    return busy(state, { type: 'startUserAuth', username: state.username, method });
  }

  /** Cognito asks how to sign in: the way already asked for when the pool offers it, else the choice. */
  function onSelect(state: MachineState, challenge: SelectMethodChallenge, config: AuthenticatorConfig): Transition {
    const options = offered(config, challenge.options);
    const asked = wanted(state);
    if (asked !== undefined && options.includes(asked)) {
      if (asked !== 'password') return goOn(forgetPassword(state), asked, true);
      if (state.heldPassword !== undefined) {
        const answer = {
          type: 'respondToChallenge',
          kind: 'selectMethod',
          method: asked,
          password: state.heldPassword,
        } as const;
        return busy(forgetPassword(state), answer);
      }
    }
    if (options.length === 0) {
      return stay(showFailure(show('signIn', state, {}), { code: 'NoSignInMethod', key: 'errors.noSignInMethod' }));
    }
    return stay(show('selectSignInMethod', state, { challenge: { kind: 'selectMethod', options } }));
  }

  function onChallenge(state: MachineState, challenge: Challenge, config: AuthenticatorConfig): Transition | undefined {
    if (challenge.kind === 'selectMethod') return onSelect(state, challenge, config);
    if (challenge.kind !== 'signInCode') return undefined;
    const screen = show('confirmSignInCode', state, { challenge });
    // A code sent again: the same screen, saying so.
    return stay(state.route === 'confirmSignInCode' ? { ...screen, notice: 'confirmSignInCode.resent' } : screen);
  }

  /** Signed in: offer a passkey to someone without one, when the page offers passkeys and asks for that. */
  function onSignedIn(state: MachineState, session: AuthSession, config: AuthenticatorConfig): Transition | undefined {
    if (!config.authMethods.includes('passkey')) return undefined;
    const afterSignUp = state.route === 'signUp' || state.route === 'confirmSignUp';
    if (!(afterSignUp ? config.passkeyPrompt.afterSignUp : config.passkeyPrompt.afterSignIn)) return undefined;
    // Signed in with a passkey: there is one.
    if (wanted(state) === 'passkey') return undefined;
    return busy(forgetPassword(state), { type: 'listPasskeys' }, { heldSession: session });
  }

  return { goOn, methodOf, onChallenge, onSignedIn };
}

type Ways = ReturnType<typeof waysOf>;

/** What a person does on the flow's screens. */
function userHandlers(kit: FlowKit, ways: Ways): FlowExtension['user'] {
  const {
    busy,
    invalid,
    checkCode,
    checkCurrentPassword,
    checkUsername,
    collectErrors,
    normalizeCode,
    normalizeUsername,
    on,
    stay,
    checkContacts,
  } = kitByName(kit);
  const { goOn, methodOf } = ways;
  return {
    submitSignInMethod: on('submitSignInMethod', ['signIn'], (state, event, config) => {
      const errors = collectErrors({ username: checkUsername(event.username, config.loginMechanisms) });
      if (errors) return invalid(state, errors);
      const method = methodOf(config, event.method);
      if (method === undefined) return invalid(state, { method: { key: 'validation.required' } });
      const username = normalizeUsername(event.username, config.loginMechanisms);
      return goOn({ ...state, username }, method, false);
    }),

    submitSignInPassword: on('submitSignInPassword', ['signInPassword'], (state, event) => {
      const errors = collectErrors({ password: checkCurrentPassword(event.password) });
      if (errors) return invalid(state, errors);
      if (state.chosen) {
        return busy(state, {
          type: 'respondToChallenge',
          kind: 'selectMethod',
          method: 'password',
          password: event.password,
        });
      }
      return busy(
        state,
        { type: 'startUserAuth', username: state.username, method: 'password', password: event.password },
        { heldPassword: event.password },
      );
    }),

    submitSelectSignInMethod: on('submitSelectSignInMethod', ['selectSignInMethod'], (state, event) => {
      const method = state.challenge.options.find((option) => option === event.method);
      if (method === undefined) return invalid(state, { method: { key: 'validation.required' } });
      return goOn(state, method, true);
    }),

    submitSignInCode: on('submitSignInCode', ['confirmSignInCode'], (state, event) => {
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'respondToChallenge', kind: 'signInCode', code: normalizeCode(event.code) });
    }),

    // There is no call that sends a sign-in code again: a new sign-in does.
    resendSignInCode: on('resendSignInCode', ['confirmSignInCode'], (state) =>
      busy(state, { type: 'startUserAuth', username: state.username, method: state.challenge.method }),
    ),

    registerPasskey: on('registerPasskey', ['passkeyPrompt'], (state) =>
      state.created ? stay(state) : busy(state, { type: 'registerPasskey' }),
    ),

    // Into the app: without a passkey, or with the one just made.
    skipPasskey: on('skipPasskey', ['passkeyPrompt'], (state, _event, config) =>
      checkContacts(state, state.session, config),
    ),
  };
}

/** The answers of the flow's calls. */
function doneHandlers(kit: FlowKit): FlowExtension['done'] {
  const { show, stay, checkContacts, onSignInResult } = kitByName(kit);
  return {
    // The password stays held only for a choice Cognito may still ask for (see onSelect).
    startUserAuth: onSignInResult,
    listPasskeys: (state, passkeys, config) => {
      const session = state.heldSession;
      if (!session) return stay(state);
      if (passkeys.length > 0) return checkContacts(state, session, config);
      return stay(show('passkeyPrompt', state, { session, created: false }));
    },
    // Made: the person is told so on the same screen, and goes on when they choose.
    registerPasskey: (state) =>
      state.route === 'passkeyPrompt'
        ? stay({
            ...show('passkeyPrompt', state, { session: state.session, created: true }),
            notice: 'passkeyPrompt.created',
          })
        : stay(state),
  };
}

/** The failures of the flow's calls. */
function failedHandlers(kit: FlowKit): FlowExtension['failed'] {
  const { forgetPassword, show, showFailure, stay, checkContacts } = kitByName(kit);
  return {
    startUserAuth: (state, error) => {
      // A code that could not be sent again, or a ceremony that did not finish: choose again.
      if (error.reason === 'passkeyFailed' || error.reason === 'sessionExpired')
        return stay({ ...show('signIn', state, {}), error });
      return stay(showFailure(forgetPassword(state), error));
    },
    // Not knowing the passkeys never keeps anyone out: on to the app.
    listPasskeys: (state, _error, config) =>
      state.heldSession ? checkContacts(state, state.heldSession, config) : stay(state),
    registerPasskey: (state, error) => stay(showFailure(state, error)),
  };
}

/** The passwordless flow, built with the machine's own helpers (see `flowKit`). */
export function createPasswordlessFlow(kit: FlowKit): FlowExtension {
  const ways = waysOf(kit);
  return {
    user: userHandlers(kit, ways),
    done: doneHandlers(kit),
    failed: failedHandlers(kit),
    challenge: ways.onChallenge,
    signedIn: ways.onSignedIn,
  };
}
