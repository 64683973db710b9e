/**
 * What a page sets on `<cognito-authenticator>`: every property once, as a documented
 * class field with its first value, and its kind in one table the compiler checks against
 * the class. Lit's declarations follow by one rule: the attribute is the name in kebab-case
 * (the `@attr` tag says so in the manifest); flags and numbers convert as such, lists read
 * space- or comma-separated; objects and functions are properties only.
 */
import type { i18n as I18n } from 'i18next';
import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import type { AuthFlow, RefreshFlow, UserAuthPassword } from '../../cognito/client.js';
import type { StorageOption } from '../../cognito/session-store.js';
import type { AuthClient } from '../../core/operations.js';
import type { AuthHooks } from '../../core/hooks.js';
import { defaultPasswordPolicy, type PasswordPolicy } from '../../core/validation.js';
import type { MessageOverrides } from '../../i18n/i18n.js';
import type { CustomChallengeContent, FormFieldOverrides } from './screens/index.js';

/** The element's properties, each with its doc and first value; the element extends this class. */
export class AuthenticatorProperties extends LitElement {
  /**
   * The user pool id, `<region>_<id>`.
   * @attr user-pool-id
   */
  public userPoolId = '';

  /**
   * The app client id (an app client without a secret).
   * @attr client-id
   */
  public clientId = '';

  /**
   * The AWS region; read from the user pool id when empty.
   * @attr region
   */
  public region = '';

  /**
   * The user-pool endpoint (a proxy, a custom domain, a local emulator); Cognito's regional endpoint when empty.
   * @attr endpoint
   */
  public endpoint = '';

  /**
   * `USER_SRP_AUTH` (the password never leaves the browser), `USER_PASSWORD_AUTH`, or
   * `USER_AUTH`: Cognito's choice-based sign-in, with the ways `auth-methods` lists.
   * @attr auth-flow
   */
  public authFlow: AuthFlow = 'USER_SRP_AUTH';

  /**
   * With `auth-flow="USER_AUTH"`, how the password is sent: `PASSWORD_SRP` (the default: it
   * never leaves the browser) or `PASSWORD` (as it is, over TLS, for a pool whose triggers
   * need to see it, such as a user migration).
   * @attr user-auth-password
   */
  public userAuthPassword: UserAuthPassword = 'PASSWORD_SRP';

  /**
   * With `auth-flow="USER_AUTH"`, the ways to sign in, in order of preference, space- or
   * comma-separated: `passkey`, `email-otp`, `sms-otp`, `password`. `password` alone (the
   * default) is the classic sign-in; a passkey is offered only where the browser can use one.
   * @attr auth-methods
   */
  public authMethods: string[] = ['password'];

  /**
   * When someone without a passkey is offered to make one, if passkeys are offered:
   * `after-sign-in`, `after-sign-up`, `both` (the default) or `never`.
   * @attr passkey-prompt
   */
  public passkeyPrompt: 'after-sign-in' | 'after-sign-up' | 'both' | 'never' = 'both';

  /**
   * The pool's Cognito domain, for sign-in with `providers`: a prefix domain
   * (`example.auth.eu-west-1.amazoncognito.com`) or a custom one (`auth.example.com`).
   * @attr domain
   */
  public domain = '';

  /**
   * The identity providers to offer, by their names in the app client, in order: `Google`,
   * `Facebook`, `SignInWithApple`, `LoginWithAmazon`, or a SAML or OIDC provider's own name.
   * Each gets a button on sign-in and sign-up; needs `domain`.
   * @attr providers
   */
  public providers: string[] = [];

  /**
   * Where the Cognito domain sends people back: one of the app client's callback URLs.
   * Empty (the default): this page's URL without its query and fragment.
   * @attr redirect-uri
   */
  public redirectUri = '';

  /**
   * The OAuth scopes asked of the Cognito domain. Empty (the default): `openid email profile
   * aws.cognito.signin.user.admin` (the last keeps the user-pool calls working).
   * @attr oauth-scopes
   */
  public oauthScopes: string[] = [];

  /** The names people see for providers of the page's own (a SAML or OIDC provider), by provider name. */
  public providerLabels: Record<string, string> = {};

  /**
   * How tokens are refreshed: `GetTokensFromRefreshToken` (needed when the app client rotates
   * refresh tokens) or `REFRESH_TOKEN_AUTH`. Empty (the default): the first, and the second
   * where the service does not know it (an emulator, an older proxy).
   * @attr refresh-flow
   */
  public refreshFlow: RefreshFlow | '' = '';

  /**
   * The first screen someone signed out sees: `signIn` or `signUp`.
   * @attr initial-screen
   */
  public initialScreen: 'signIn' | 'signUp' = 'signIn';

  /**
   * What people sign in with, space- or comma-separated: `username`, `email`, `phone_number`,
   * or several (`username email`); the first is what sign-up asks for as the username.
   * @attr login-mechanisms
   */
  public loginMechanisms: string[] = ['username'];

  /**
   * User attributes asked for on sign-up, space- or comma-separated (`email name custom:plan`).
   * @attr sign-up-attributes
   */
  public signUpAttributes: string[] = ['email'];

  /**
   * Hides the way to create an account.
   * @attr hide-sign-up
   */
  public hideSignUp = false;

  /**
   * `modal` shows the signed-out screens in a modal dialog over the page: focus stays in
   * it, the page behind is inert, and Escape does not close it (signing in cannot be
   * dismissed; remove the element to cancel).
   * @attr variation
   */
  public variation: 'default' | 'modal' = 'default';

  /**
   * Makes each signed-out screen an entry in the browser's history, so Back returns to the
   * previous screen (and from a sign-in step, to sign-in) instead of leaving the page.
   * @attr history
   */
  public history = false;

  /**
   * Skips the offer to verify an email or phone number that is not verified yet, after sign-in.
   * @attr skip-contact-verification
   */
  public skipContactVerification = false;

  /**
   * Milliseconds a request may take before it is given up with a message (the user can retry).
   * @attr timeout
   */
  public timeout = 30_000;

  /**
   * Where tokens are kept: `local` (default), `session`, `memory`, or a storage object.
   * @attr storage
   */
  public storage: StorageOption = 'local';

  /** The user pool's password policy, checked before sign-up is sent. */
  public passwordPolicy: PasswordPolicy = defaultPasswordPolicy;

  /** Another `AuthClient` to use instead of the Cognito one (stories, tests, custom back ends). */
  public client: AuthClient | undefined = undefined;

  /**
   * Changes to single fields per screen: label, placeholder, order, required, autocomplete,
   * and for phone fields the first and offered countries, e.g.
   * `{ signUp: { 'custom:company': { label: 'Company', order: 1 }, name: { required: false } } }`.
   */
  public formFields: FormFieldOverrides = {};

  /** The app's own sign-up checks and code to run before and after each call. */
  public hooks: AuthHooks | undefined = undefined;

  /**
   * Renders a custom challenge's public parameters (a question, a hint) above the answer
   * field; a string is shown as text, never as HTML.
   */
  public customChallengeContent: CustomChallengeContent | undefined = undefined;

  /**
   * The issuer authenticator apps show for the account; the page title when empty.
   * @attr totp-issuer
   */
  public totpIssuer = '';

  /**
   * The account name authenticator apps show; the username when empty.
   * @attr totp-account-name
   */
  public totpAccountName = '';

  /**
   * The country phone fields start with (ISO 3166, e.g. `DE`); from the language when empty, else `US`.
   * @attr default-country
   */
  public defaultCountry = '';

  /**
   * A language (BCP 47) that overrides the page's `lang`, e.g. `de` or `pt-BR`.
   * @attr language
   */
  public language = '';

  /** The app's own i18next instance: the element adds its namespace and follows its language. */
  public i18n: I18n | undefined = undefined;

  /** Replacements for single messages per language: `{ en: { 'signIn.title': 'Welcome back' } }`. */
  public translations: MessageOverrides | undefined = undefined;
}

/** Reads a space- or comma-separated attribute as a list. */
const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/u).filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/** How Lit handles a property: an attribute of text, a flag, a number or a list, or a property only. */
type Kind = 'text' | 'flag' | 'number' | 'list' | 'property';

/** The kind of each property; the compiler checks that every property of the class is here. */
const KINDS: Readonly<Record<Exclude<keyof AuthenticatorProperties, keyof LitElement>, Kind>> = {
  userPoolId: 'text',
  clientId: 'text',
  region: 'text',
  endpoint: 'text',
  authFlow: 'text',
  userAuthPassword: 'text',
  refreshFlow: 'text',
  authMethods: 'list',
  passkeyPrompt: 'text',
  domain: 'text',
  providers: 'list',
  redirectUri: 'text',
  oauthScopes: 'list',
  providerLabels: 'property',
  initialScreen: 'text',
  loginMechanisms: 'list',
  signUpAttributes: 'list',
  hideSignUp: 'flag',
  variation: 'text',
  history: 'flag',
  skipContactVerification: 'flag',
  timeout: 'number',
  storage: 'text',
  passwordPolicy: 'property',
  client: 'property',
  formFields: 'property',
  hooks: 'property',
  customChallengeContent: 'property',
  totpIssuer: 'text',
  totpAccountName: 'text',
  defaultCountry: 'text',
  language: 'text',
  i18n: 'property',
  translations: 'property',
};

/** Lit's declaration of a property: its attribute is its name in kebab case. */
function declarationOf(name: string, kind: Kind): PropertyDeclaration {
  const attribute = name.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
  if (kind === 'flag') return { attribute, type: Boolean };
  if (kind === 'number') return { attribute, type: Number };
  if (kind === 'list') return { attribute, converter: listConverter };
  if (kind === 'text') return { attribute };
  return { attribute: false };
}

/** Lit's declarations of the element's properties, in the order they are written. */
export const propertyDeclarations: PropertyDeclarations = Object.fromEntries(
  Object.entries(KINDS).map(([name, kind]) => [name, declarationOf(name, kind)]),
);
