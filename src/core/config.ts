/** How the authenticator is set up; the element fills it from its attributes. */
import type { LoginMechanism } from './types.js';
import { defaultPasswordPolicy, type PasswordPolicy } from './validation.js';

export interface AuthenticatorConfig {
  /** What people sign in with; the first is what sign-up uses as the username. */
  readonly loginMechanisms: readonly [LoginMechanism, ...LoginMechanism[]];
  readonly passwordPolicy: PasswordPolicy;
  /** User attributes asked for on sign-up, e.g. `['email', 'name', 'custom:plan']`. */
  readonly signUpAttributes: readonly string[];
  /** The first screen someone who is signed out sees. */
  readonly initialRoute: 'signIn' | 'signUp';
  readonly hideSignUp: boolean;
  /** After sign-in, offer to verify an email or phone number that is not verified yet. */
  readonly verifyContacts: boolean;
  /** Sign-up attributes that may be left empty. */
  readonly optionalAttributes: readonly string[];
}

export const defaultConfig: AuthenticatorConfig = {
  loginMechanisms: ['username'],
  passwordPolicy: defaultPasswordPolicy,
  signUpAttributes: ['email'],
  initialRoute: 'signIn',
  hideSignUp: false,
  verifyContacts: true,
  optionalAttributes: [],
};
