/**
 * The element's properties in two parts: what identifies the client (a change starts a new
 * one and restores the session again), and the settings of the journey, handed to the
 * running authenticator (a change keeps the screen, its data and what was typed).
 */
import type { AuthFlow, RefreshFlow, UserAuthPassword } from '../../cognito/client.js';
import type { StorageOption } from '../../cognito/session-store.js';
import { defaultConfig, type AuthenticatorConfig } from '../../core/config.js';
import type { AuthClient } from '../../core/operations.js';
import type { LoginMechanism } from '../../core/types.js';
import type { PasswordPolicy } from '../../core/validation.js';
import type { FormFieldOverrides } from './screens/index.js';

/** What identifies the client. */
export interface ClientSettings {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  readonly endpoint: string;
  readonly authFlow: AuthFlow;
  readonly userAuthPassword: UserAuthPassword;
  readonly refreshFlow: RefreshFlow | '';
  readonly storage: StorageOption;
  readonly client: AuthClient | undefined;
  readonly timeout: number;
}

/** The properties that identify the client; a change to any of them starts a new one. */
export const CLIENT_SETTINGS = [
  'userPoolId',
  'clientId',
  'region',
  'endpoint',
  'authFlow',
  'userAuthPassword',
  'refreshFlow',
  'storage',
  'client',
  'timeout',
] as const satisfies readonly (keyof ClientSettings)[];

/** The properties the journey's settings are made of. */
export interface JourneySettings {
  readonly loginMechanisms: readonly string[];
  readonly authMethods: readonly string[];
  readonly passkeyPrompt: string;
  readonly passwordPolicy: PasswordPolicy;
  readonly signUpAttributes: readonly string[];
  readonly initialScreen: 'signIn' | 'signUp';
  readonly hideSignUp: boolean;
  readonly skipContactVerification: boolean;
  readonly formFields: FormFieldOverrides;
}

const MECHANISMS: readonly LoginMechanism[] = ['username', 'email', 'phone_number'];

/** The known mechanisms of a list, in its order; `username` when none is known. */
function knownMechanisms(list: readonly string[]): [LoginMechanism, ...LoginMechanism[]] {
  const known = MECHANISMS.filter((mechanism) => list.includes(mechanism)).sort(
    (a, b) => list.indexOf(a) - list.indexOf(b),
  );
  const [first, ...rest] = known;
  return first === undefined ? ['username'] : [first, ...rest];
}

/** The element's settings for sign-in through the Cognito domain. */
export interface FederationSettings {
  readonly domain: string;
  readonly providers: readonly string[];
  readonly redirectUri: string;
  readonly oauthScopes: readonly string[];
  readonly providerLabels: Readonly<Record<string, string>>;
}

/** Whether the page offers providers, or has come back from its Cognito domain (the federation flow's chunk finishes that). */
export const offersFederation = (settings: Pick<FederationSettings, 'domain' | 'providers'>): boolean =>
  settings.providers.length > 0 || (settings.domain !== '' && /[?&]state=/u.test(location.search));

/** Whether the page lists ways to sign in beyond the password (the passwordless flow's settings say which). */
export const offersPasswordless = (settings: JourneySettings): boolean => settings.authMethods.join() !== 'password';

/** The journey's settings, from the element's properties, with the passwordless part once it is loaded. */
export function configOf(settings: JourneySettings, passwordless?: Partial<AuthenticatorConfig>): AuthenticatorConfig {
  return {
    ...defaultConfig,
    loginMechanisms: knownMechanisms(settings.loginMechanisms),
    passwordPolicy: settings.passwordPolicy,
    signUpAttributes: settings.signUpAttributes,
    initialRoute: settings.initialScreen === 'signUp' ? 'signUp' : 'signIn',
    hideSignUp: settings.hideSignUp,
    verifyContacts: !settings.skipContactVerification,
    optionalAttributes: Object.entries(settings.formFields.signUp ?? {})
      .filter(([, field]) => field.required === false)
      .map(([name]) => name),
    ...passwordless,
  };
}

/** Whether two settings values are the same: equal lists and objects count as the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => key in b && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Tells the page author in the console what is wrong; `fallback` when the code is not one
 * the element knows. The help texts are a chunk of their own: a page set up right never loads them.
 */
export function logConfigurationHelp(code: string, fallback: string): void {
  import('./config-help.js').then(
    ({ configurationHelp }) => {
      console.error(`<cognito-authenticator>: ${configurationHelp(code) ?? fallback}`);
    },
    () => {
      console.error(`<cognito-authenticator>: ${fallback}`);
    },
  );
}
