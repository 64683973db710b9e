/**
 * The verify-contact flow: once signed in, an email or phone number that is not verified
 * yet is offered for verification (a code is sent, then typed), or skipped.
 */
import type { AuthenticatorConfig } from '../config.js';
import {
  busy,
  forgetPassword,
  invalid,
  show,
  showFailure,
  stay,
  type MachineState,
  type Transition,
} from '../state.js';
import type { AuthSession } from '../types.js';
import { checkCode, collectErrors, normalizeCode } from '../validation.js';
import { on, type Flow } from './flow.js';
import { authenticated, signedOut } from './session.js';

/** The contacts that can be verified. */
const VERIFIABLE = ['email', 'phone_number'];

/** Signed in: first any step a loaded flow adds (the offer of a passkey), then the contacts check. */
export function afterSignIn(state: MachineState, session: AuthSession, config: AuthenticatorConfig): Transition {
  for (const flow of config.flows) {
    const step = flow.signedIn?.(state, session, config);
    if (step) return step;
  }
  return checkContacts(state, session, config);
}

/** See whether an email or phone number still needs verifying, unless that is off; then the app. */
export function checkContacts(state: MachineState, session: AuthSession, config: AuthenticatorConfig): Transition {
  if (!config.verifyContacts) return stay(authenticated(state, session));
  return busy(forgetPassword(state), { type: 'unverifiedContacts' }, { heldSession: session });
}

export const verifyContactFlow: Flow<
  'verifyContact',
  'submitVerifyUser' | 'submitConfirmVerifyUser' | 'skipVerification'
> = {
  user: {
    submitVerifyUser: on('submitVerifyUser', ['verifyUser'], (state, event) => {
      if (!state.contacts.some((contact) => contact.name === event.attribute)) {
        return invalid(state, { attribute: { key: 'validation.required' } });
      }
      return busy(state, { type: 'sendAttributeCode', attribute: event.attribute });
    }),
    submitConfirmVerifyUser: on('submitConfirmVerifyUser', ['confirmVerifyUser'], (state, event) => {
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'verifyAttribute', attribute: state.attribute, code: normalizeCode(event.code) });
    }),
    skipVerification: on('skipVerification', ['verifyUser', 'confirmVerifyUser'], (state) =>
      stay(authenticated(state, state.session)),
    ),
  },

  done: {
    unverifiedContacts: (state, found) => {
      const session = state.heldSession;
      if (!session) return stay(state);
      const contacts = found.filter((contact) => VERIFIABLE.includes(contact.name));
      if (contacts.length === 0) return stay(authenticated(state, session));
      return stay(show('verifyUser', state, { session, contacts }));
    },
    sendAttributeCode: (state, delivery) => {
      if (state.route !== 'verifyUser' || state.inFlight?.type !== 'sendAttributeCode') return stay(state);
      const { session, contacts } = state;
      const attribute = state.inFlight.attribute;
      return stay(
        show('confirmVerifyUser', state, { session, contacts, attribute, ...(delivery ? { delivery } : {}) }),
      );
    },
    verifyAttribute: (state) => {
      if (state.route !== 'verifyUser' && state.route !== 'confirmVerifyUser') return stay(state);
      return stay(authenticated(state, state.session));
    },
  },

  failed: {
    // Not knowing which contacts are verified never keeps anyone out.
    unverifiedContacts: (state, _error, config) =>
      stay(state.heldSession ? authenticated(state, state.heldSession) : signedOut(state, config)),
    sendAttributeCode: (state, error) => stay(showFailure(state, error)),
    verifyAttribute: (state, error) => stay(showFailure(state, error)),
  },
};
