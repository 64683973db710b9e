import {
  LitElement,
  css,
  html,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { createAuthenticator, type Authenticator } from '../../core/authenticator.js';
import { withHooks, type AuthHooks } from '../../core/hooks.js';
import {
  initialState,
  screenFor,
  type AuthState,
  type AuthenticatorConfig,
  type NavigableRoute,
} from '../../core/machine.js';
import {
  AuthError,
  type AuthClient,
  type AuthTokens,
  type AuthUser,
  type LoginMechanism,
  type Route,
} from '../../core/types.js';
import { defaultPasswordPolicy, type PasswordPolicy } from '../../core/validation.js';
import { createCognitoClient, type AuthFlow } from '../../cognito/client.js';
import type { StorageOption } from '../../cognito/session-store.js';
import type { i18n as I18n } from 'i18next';
import type { MessageOverrides } from '../../i18n/i18n.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { DIAL_CODES, regionOf } from '../../fields/dial-codes.js';
import { adoptStyles } from '../../styles/adopt.js';
import { authenticatorStyles } from '../../styles/authenticator.styles.js';
import { screens, type FormFieldOverrides, type ScreenContext } from './screens.js';

/** Detail of `cognito-route-change`. */
export interface RouteChangeDetail {
  readonly route: Route;
  readonly previous: Route;
}

/** Detail of `cognito-signed-in`: the user, never the tokens. */
export interface SignedInDetail {
  readonly user: AuthUser;
}

/** The element's events, by name. */
export interface CognitoAuthenticatorEventMap {
  'cognito-route-change': CustomEvent<RouteChangeDetail>;
  'cognito-signed-in': CustomEvent<SignedInDetail>;
  'cognito-signed-out': CustomEvent<Record<string, never>>;
}

/** Reads a space- or comma-separated attribute as a list. */
const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/u).filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/** Fields that, when they change, need a new client and a new session restore. */
const CLIENT_PROPERTIES = [
  'userPoolId',
  'clientId',
  'region',
  'endpoint',
  'authFlow',
  'storage',
  'client',
  'hooks',
  'timeout',
] as const;
const CONFIG_PROPERTIES = [
  'loginMechanisms',
  'passwordPolicy',
  'signUpAttributes',
  'initialScreen',
  'hideSignUp',
  'skipContactVerification',
  'formFields',
] as const;

let instances = 0;

/** What a page author is told in the console about a configuration the element cannot work with. */
const CONFIGURATION_HELP: Readonly<Record<string, string>> = {
  ClientSecretConfigured:
    'the app client has a client secret, which a browser cannot keep. Create an app client without a secret for this page.',
  InvalidUserPoolId: 'user-pool-id is missing or malformed: it must look like <region>_<id>, e.g. eu-west-1_AbC123xyz.',
  MissingClientId: 'client-id is missing: give the id of an app client of the user pool.',
  UnknownRegion: 'region is not an AWS region (e.g. eu-west-1); check region, or the prefix of user-pool-id.',
  ResourceNotFoundException: 'the user pool or app client does not exist (check user-pool-id, client-id and region).',
  InvalidParameterException: 'the app client does not allow this sign-in flow (check its auth flows and auth-flow).',
};

const MECHANISMS: readonly LoginMechanism[] = ['username', 'email', 'phone_number'];

/** The known mechanisms of a list, in its order; `username` when none is known. */
function knownMechanisms(list: readonly string[]): [LoginMechanism, ...LoginMechanism[]] {
  const known = MECHANISMS.filter((mechanism) => list.includes(mechanism)).sort(
    (a, b) => list.indexOf(a) - list.indexOf(b),
  );
  const [first, ...rest] = known;
  return first === undefined ? ['username'] : [first, ...rest];
}

/**
 * The complete Amazon Cognito sign-in journey in one element. Its forms are native forms
 * in the light DOM, so browsers and password managers see them; the app in its default
 * slot is shown once the user is signed in.
 *
 * Look: `--cognito-*` tokens (below) or a theme from `themes/` cover colours, type,
 * spacing and shape. For anything else, these light-DOM class names are stable styling
 * hooks (select them under `cognito-authenticator`): `cognito-screen` (the card; its
 * `data-screen` is the route), `cognito-screen__title`, `cognito-screen__text`,
 * `cognito-screen__footer`, `cognito-form`, `cognito-field` (with `data-field`, the field's
 * name), `cognito-field__label`, `cognito-field__input`, `cognito-field__select`,
 * `cognito-field__toggle`, `cognito-field__hint`, `cognito-field__error`, `cognito-button`,
 * `cognito-button--secondary`, `cognito-link`, `cognito-tabs` and `cognito-tabs__tab` (the Sign in /
 * Create account switch; `aria-current="page"` on the shown one), `cognito-alert--error`, `cognito-alert--info`,
 * `cognito-choices`, `cognito-choice`, `cognito-policy`, `cognito-policy__rule` (with
 * `data-met`), `cognito-qr`, `cognito-qr__image`, `cognito-qr__key`, `cognito-modal`.
 *
 * @summary Sign in, sign up and confirm against an Amazon Cognito user pool.
 *
 * @slot - The app, shown only when the user is signed in.
 * @slot header - Shown above every screen while signed out (a logo, say).
 * @slot footer - Shown below every screen while signed out.
 * @slot header-<route> - Shown above one screen only, e.g. `header-signUp`, after the `header` slot.
 * @slot footer-<route> - Shown below one screen only, e.g. `footer-signIn`, before the `footer` slot.
 *
 * @event cognito-route-change - The screen changed. Detail: `{ route, previous }`.
 * @event cognito-signed-in - The user signed in, or a stored session was restored. Detail: `{ user }`.
 * @event cognito-signed-out - The user signed out or the session ended.
 *
 * @cssproperty --cognito-color-scheme - `light dark` (default: follows the reader's preference), `light` or `dark`.
 * @cssproperty --cognito-color-text - Text.
 * @cssproperty --cognito-color-muted - Secondary text: intros, hints, the password checklist (at least 4.5:1 on the surface).
 * @cssproperty --cognito-color-surface - Card and field background.
 * @cssproperty --cognito-color-border - Field and card borders (at least 3:1 on the surface).
 * @cssproperty --cognito-color-primary - Primary buttons, links, secondary button text.
 * @cssproperty --cognito-color-primary-hover - Primary button and link under the pointer.
 * @cssproperty --cognito-color-primary-active - Primary button while pressed.
 * @cssproperty --cognito-color-on-primary - Text on primary buttons.
 * @cssproperty --cognito-color-focus - Focus ring (at least 3:1 on the surface).
 * @cssproperty --cognito-color-error - Error text and invalid field borders.
 * @cssproperty --cognito-color-error-surface - Background of form errors.
 * @cssproperty --cognito-color-success - Notices and met password rules.
 * @cssproperty --cognito-color-success-surface - Background of notices.
 * @cssproperty --cognito-font-family - Font of every text.
 * @cssproperty --cognito-font-family-mono - Font of setup keys.
 * @cssproperty --cognito-font-size-m - Body text size; `medium` (the reader's default size) unless set.
 * @cssproperty --cognito-font-size-s - Hints, field messages, the password checklist (`em` of body text).
 * @cssproperty --cognito-font-size-l - Screen titles (`em` of body text).
 * @cssproperty --cognito-font-weight-normal - Body text weight.
 * @cssproperty --cognito-font-weight-bold - Labels, titles, buttons.
 * @cssproperty --cognito-line-height - Line height of text.
 * @cssproperty --cognito-line-height-tight - Line height of titles.
 * @cssproperty --cognito-space-xs - Smallest gap: label to field, between checklist rules.
 * @cssproperty --cognito-space-s - Small gap: field padding, between footer lines.
 * @cssproperty --cognito-space-m - Gap between fields and blocks.
 * @cssproperty --cognito-space-l - Card padding.
 * @cssproperty --cognito-radius-s - Corners of link focus rings.
 * @cssproperty --cognito-radius-m - Corners of fields, buttons and alerts.
 * @cssproperty --cognito-radius-l - Corners of the card.
 * @cssproperty --cognito-border-width - Border width of fields, buttons and the card.
 * @cssproperty --cognito-focus-width - Focus ring width.
 * @cssproperty --cognito-focus-offset - Gap between a control and its focus ring.
 * @cssproperty --cognito-shadow-m - Card shadow.
 * @cssproperty --cognito-motion-duration - Length of colour transitions (none when the reader prefers reduced motion).
 * @cssproperty --cognito-motion-easing - Easing of colour transitions.
 * @cssproperty --cognito-target-size - Smallest height and width of fields, buttons and links (at least 24px).
 * @cssproperty --cognito-card-background - Card background.
 * @cssproperty --cognito-card-border-color - Card border colour.
 * @cssproperty --cognito-card-border-width - Card border width.
 * @cssproperty --cognito-card-radius - Card corners.
 * @cssproperty --cognito-card-padding - Card padding.
 * @cssproperty --cognito-card-shadow - Card shadow.
 * @cssproperty --cognito-card-max-width - Widest the card grows.
 * @cssproperty --cognito-field-background - Field background.
 * @cssproperty --cognito-field-text-color - Text typed into fields.
 * @cssproperty --cognito-field-placeholder-color - Placeholder text.
 * @cssproperty --cognito-field-border-color - Field border.
 * @cssproperty --cognito-field-border-color-invalid - Border of a field with an error.
 * @cssproperty --cognito-field-border-width - Field border width.
 * @cssproperty --cognito-field-radius - Field corners.
 * @cssproperty --cognito-field-padding-block - Field padding above and below the text.
 * @cssproperty --cognito-field-padding-inline - Field padding before and after the text.
 * @cssproperty --cognito-field-label-font-weight - Field label weight.
 * @cssproperty --cognito-field-gap - Gap between fields.
 * @cssproperty --cognito-field-select-width - Width of a phone field's country list.
 * @cssproperty --cognito-choice-control-size - Size of a radio button in a list of choices (at least 24px).
 * @cssproperty --cognito-button-background - Primary button background.
 * @cssproperty --cognito-button-background-hover - Primary button under the pointer.
 * @cssproperty --cognito-button-background-active - Primary button while pressed.
 * @cssproperty --cognito-button-text-color - Primary button text.
 * @cssproperty --cognito-button-border-color - Primary button border.
 * @cssproperty --cognito-button-radius - Button corners.
 * @cssproperty --cognito-button-padding-block - Button padding above and below the text.
 * @cssproperty --cognito-button-padding-inline - Button padding before and after the text.
 * @cssproperty --cognito-button-font-weight - Button text weight.
 * @cssproperty --cognito-button-secondary-background - Secondary buttons (show password, copy key).
 * @cssproperty --cognito-button-secondary-background-hover - Secondary buttons under the pointer.
 * @cssproperty --cognito-button-secondary-text-color - Secondary button text.
 * @cssproperty --cognito-button-secondary-border-color - Secondary button border.
 * @cssproperty --cognito-link-color - Links to other screens.
 * @cssproperty --cognito-link-color-hover - Links under the pointer.
 * @cssproperty --cognito-link-decoration - Link underline (`underline` or `none`).
 * @cssproperty --cognito-tabs-color - The Sign in / Create account switch: the screen not shown.
 * @cssproperty --cognito-tabs-color-current - The switch: the screen shown, and its underline.
 * @cssproperty --cognito-tabs-border-color - The line under the switch.
 * @cssproperty --cognito-tabs-indicator-width - Thickness of the shown screen's underline.
 * @cssproperty --cognito-tabs-font-weight - Weight of the switch's labels.
 * @cssproperty --cognito-alert-radius - Corners of form errors and notices.
 * @cssproperty --cognito-alert-padding-block - Alert padding above and below the text.
 * @cssproperty --cognito-alert-padding-inline - Alert padding before and after the text.
 * @cssproperty --cognito-alert-border-width - Width of an alert's leading stripe.
 * @cssproperty --cognito-divider-color - Line between a form and the links under it.
 * @cssproperty --cognito-divider-width - Width of that line.
 * @cssproperty --cognito-qr-size - Width of a QR code.
 * @cssproperty --cognito-qr-text-min-width - Narrowest the setup key beside a QR code gets before it wraps below.
 * @cssproperty --cognito-qr-color - Dark modules of a QR code.
 * @cssproperty --cognito-qr-background - Light modules and quiet zone of a QR code.
 * @cssproperty --cognito-modal-backdrop - What covers the page behind the modal variation.
 */
export class CognitoAuthenticator extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }

    :host([hidden]) {
      display: none;
    }
  `;

  /** The reactive properties: attributes first, then properties only, then internal state. */
  static override properties: PropertyDeclarations = {
    userPoolId: { attribute: 'user-pool-id' },
    clientId: { attribute: 'client-id' },
    region: {},
    endpoint: {},
    authFlow: { attribute: 'auth-flow' },
    initialScreen: { attribute: 'initial-screen' },
    loginMechanisms: { attribute: 'login-mechanisms', converter: listConverter },
    signUpAttributes: { attribute: 'sign-up-attributes', converter: listConverter },
    hideSignUp: { attribute: 'hide-sign-up', type: Boolean },
    variation: {},
    history: { type: Boolean },
    skipContactVerification: { attribute: 'skip-contact-verification', type: Boolean },
    timeout: { type: Number },
    storage: {},
    passwordPolicy: { attribute: false },
    client: { attribute: false },
    formFields: { attribute: false },
    hooks: { attribute: false },
    customChallengeContent: { attribute: false },
    totpIssuer: { attribute: 'totp-issuer' },
    totpAccountName: { attribute: 'totp-account-name' },
    defaultCountry: { attribute: 'default-country' },
    language: {},
    i18n: { attribute: false },
    translations: { attribute: false },
    authState: { state: true, attribute: false },
    visiblePasswords: { state: true, attribute: false },
    draftPassword: { state: true, attribute: false },
    totpCopied: { state: true, attribute: false },
  };

  /** The user pool id, `<region>_<id>`. */
  userPoolId = '';

  /** The app client id (an app client without a secret). */
  clientId = '';

  /** The AWS region; read from the user pool id when empty. */
  region = '';

  /** The user-pool endpoint (a proxy, a custom domain, a local emulator); Cognito's regional endpoint when empty. */
  endpoint = '';

  /** `USER_SRP_AUTH` (the password never leaves the browser) or `USER_PASSWORD_AUTH`. */
  authFlow: AuthFlow = 'USER_SRP_AUTH';

  /** The first screen someone signed out sees: `signIn` or `signUp`. */
  initialScreen: 'signIn' | 'signUp' = 'signIn';

  /**
   * What people sign in with, space- or comma-separated: `username`, `email`, `phone_number`,
   * or several (`username email`); the first is what sign-up asks for as the username.
   */
  loginMechanisms: string[] = ['username'];

  /** User attributes asked for on sign-up, space- or comma-separated (`email name custom:plan`). */
  signUpAttributes: string[] = ['email'];

  /** Hides the way to create an account. */
  hideSignUp = false;

  /**
   * `modal` shows the signed-out screens in a modal dialog over the page: focus stays in
   * it, the page behind is inert, and Escape does not close it (signing in cannot be
   * dismissed; remove the element to cancel).
   */
  variation: 'default' | 'modal' = 'default';

  /**
   * Makes each signed-out screen an entry in the browser's history, so Back returns to the
   * previous screen (and from a sign-in step, to sign-in) instead of leaving the page.
   */
  history = false;

  /** Skips the offer to verify an email or phone number that is not verified yet, after sign-in. */
  skipContactVerification = false;

  /** Milliseconds a request may take before it is given up with a message (the user can retry). */
  timeout = 30_000;

  /** Where tokens are kept: `local` (default), `session`, `memory`, or a storage object. */
  storage: StorageOption = 'local';

  /** The user pool's password policy, checked before sign-up is sent. */
  passwordPolicy: PasswordPolicy = defaultPasswordPolicy;

  /** Another `AuthClient` to use instead of the Cognito one (stories, tests, custom back ends). */
  client: AuthClient | undefined;

  /**
   * Changes to single fields per screen: label, placeholder, order, required, autocomplete,
   * and for phone fields the first and offered countries, e.g.
   * `{ signUp: { 'custom:company': { label: 'Company', order: 1 }, name: { required: false } } }`.
   */
  formFields: FormFieldOverrides = {};

  /** The app's own sign-up checks and code to run before and after each call. */
  hooks: AuthHooks | undefined;

  /**
   * Renders a custom challenge's public parameters (a question, a hint) above the answer
   * field; a string is shown as text, never as HTML.
   */
  customChallengeContent: ((parameters: Readonly<Record<string, string>>) => Node | string) | undefined;

  /** The issuer authenticator apps show for the account; the page title when empty. */
  totpIssuer = '';

  /** The account name authenticator apps show; the username when empty. */
  totpAccountName = '';

  /** The country phone fields start with (ISO 3166, e.g. `DE`); from the language when empty, else `US`. */
  defaultCountry = '';

  /** A language (BCP 47) that overrides the page's `lang`, e.g. `de` or `pt-BR`. */
  language = '';

  /** The app's own i18next instance: the element adds its namespace and follows its language. */
  i18n: I18n | undefined;

  /** Replacements for single messages per language: `{ en: { 'signIn.title': 'Welcome back' } }`. */
  translations: MessageOverrides | undefined;

  private authState: AuthState = initialState;
  private visiblePasswords: ReadonlySet<string> = new Set();
  private draftPassword = '';
  private totpCopied = false;

  /** The countries chosen by hand in the phone fields of the screen shown, by field name. */
  private readonly chosenRegions = new Map<string, string>();
  private authenticator: Authenticator | undefined;
  private readonly localize = new LocalizeController(this);
  private readonly idPrefix = `cognito-${String(++instances)}`;
  private screenContainer: HTMLElement | undefined;
  private focusPending: 'title' | 'invalid' | undefined;
  private restoringHistory = false;
  /** The key of this element's screens in `history.state` (one per element on the page). */
  private get historyKey(): string {
    return `cognito-authenticator:${this.id || this.idPrefix}`;
  }

  /** The screen shown now. */
  get route(): Route {
    return screenFor(this.authState);
  }

  /** The signed-in user, or `null`. */
  get user(): AuthUser | null {
    return this.authState.session?.user ?? null;
  }

  /** The current tokens, or `null`; read them when calling your API, do not keep them. */
  get tokens(): AuthTokens | null {
    return this.authState.session?.tokens ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, authenticatorStyles.styleSheet ?? new CSSStyleSheet());
    if (!this.screenContainer) {
      this.screenContainer = document.createElement('div');
      this.screenContainer.slot = 'screen';
      this.screenContainer.className = 'cognito-authenticator__screen';
    }
    this.prepend(this.screenContainer);
    window.addEventListener('popstate', this.onPopState);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.stopAuthenticator();
  }

  /** Signs the user out; `global` also ends the sessions on every other device. */
  signOut(options: { global?: boolean } = {}): void {
    this.authenticator?.send({ type: 'signOut', ...options });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Settled means the language asked for is loaded and shown too: an update may ask for a
    // language, and showing it is another update.
    let settled = await super.getUpdateComplete();
    for (let ready = this.localize.ready; ; ready = this.localize.ready) {
      await ready;
      settled = await super.getUpdateComplete();
      if (ready === this.localize.ready) return settled;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language') || changed.has('i18n') || changed.has('translations')) this.localize.update();
    const clientChanged = CLIENT_PROPERTIES.some((name) => changed.has(name));
    const configChanged = CONFIG_PROPERTIES.some((name) => changed.has(name));
    if (!this.authenticator || clientChanged || configChanged) this.startAuthenticator();
  }

  protected override updated(): void {
    if (!this.screenContainer) return;
    this.screenContainer.lang = this.localize.language;
    // The text direction follows the language unless the page set one on the element.
    if (this.hasAttribute('dir')) this.screenContainer.removeAttribute('dir');
    else this.screenContainer.dir = this.localize.dir;
    const screen = this.renderScreen();
    render(this.variation === 'modal' && screen !== nothing ? this.renderModal(screen) : screen, this.screenContainer, {
      host: this,
    });
    const dialog = this.screenContainer.querySelector('dialog');
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
    this.moveFocus();
  }

  private config(): AuthenticatorConfig {
    return {
      loginMechanisms: knownMechanisms(this.loginMechanisms),
      passwordPolicy: this.passwordPolicy,
      signUpAttributes: this.signUpAttributes,
      initialRoute: this.initialScreen === 'signUp' ? 'signUp' : 'signIn',
      hideSignUp: this.hideSignUp,
      verifyContacts: !this.skipContactVerification,
      optionalAttributes: Object.entries(this.formFields.signUp ?? {})
        .filter(([, field]) => field.required === false)
        .map(([name]) => name),
    };
  }

  private createClient(): AuthClient | undefined {
    const client = this.baseClient();
    return client && this.hooks ? withHooks(client, this.hooks) : client;
  }

  private baseClient(): AuthClient | undefined {
    if (this.client) return this.client;
    // Nothing configured yet (a framework may set the attributes later): wait for them.
    if (!this.userPoolId && !this.clientId) return undefined;
    return createCognitoClient({
      userPoolId: this.userPoolId,
      clientId: this.clientId,
      ...(this.region ? { region: this.region } : {}),
      ...(this.endpoint ? { endpoint: this.endpoint } : {}),
      authFlow: this.authFlow,
      storage: this.storage,
      timeoutMs: this.timeout,
    });
  }

  private startAuthenticator(): void {
    this.stopAuthenticator();
    if (!this.isConnected) return;
    let client: AuthClient | undefined;
    try {
      client = this.createClient();
    } catch (error) {
      // A wrong configuration is the page author's to fix: say so in the console, show a generic message.
      const code = error instanceof AuthError ? error.code : '';
      console.error(`<cognito-authenticator>: ${CONFIGURATION_HELP[code] ?? 'invalid configuration.'}`);
      this.authState = {
        ...initialState,
        route: 'signIn',
        error: { code: 'Configuration', key: 'errors.configuration' },
      };
      return;
    }
    if (!client) {
      this.authState = initialState;
      return;
    }
    const authenticator = createAuthenticator({ client, config: this.config() });
    this.authenticator = authenticator;
    authenticator.subscribe((next, previous) => this.onStateChange(next, previous));
    authenticator.start();
  }

  private stopAuthenticator(): void {
    this.authenticator?.stop();
    this.authenticator = undefined;
  }

  /** Back or Forward to a screen this element put in the history. */
  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.history) return;
    const entry: unknown = (event.state as Record<string, unknown> | null)?.[this.historyKey];
    if (typeof entry !== 'string' || entry === this.route) return;
    const route: NavigableRoute = entry === 'signUp' || entry === 'resetPassword' ? entry : 'signIn';
    this.restoringHistory = true;
    this.authenticator?.send({ type: 'navigate', route });
    this.restoringHistory = false;
  };

  /** Records a new signed-out screen as a history entry (the first one replaces the current entry). */
  private recordHistory(route: Route, previous: Route): void {
    if (!this.history || this.restoringHistory || route === 'authenticated' || route === 'setup' || route === 'idle')
      return;
    const state: unknown = window.history.state;
    const entry = { ...(typeof state === 'object' && state !== null ? state : {}), [this.historyKey]: route };
    if (previous === 'setup' || previous === 'idle') window.history.replaceState(entry, '');
    else window.history.pushState(entry, '');
  }

  private onStateChange(next: AuthState, previous: AuthState): void {
    this.authState = next;
    if (next.error && next.error !== previous.error && next.error.key === 'errors.configuration') {
      console.error(
        `<cognito-authenticator>: ${CONFIGURATION_HELP[next.error.code] ?? `the user pool refused the configuration (${next.error.code}).`}`,
      );
    }
    if (next.route !== previous.route) {
      this.recordHistory(next.route, previous.route);
      if (next.route !== 'setup') this.focusPending = 'title';
      this.visiblePasswords = new Set();
      this.draftPassword = '';
      this.chosenRegions.clear();
      this.totpCopied = false;
      this.emit('cognito-route-change', { route: next.route, previous: previous.route });
      if (next.route === 'authenticated' && next.session) this.emit('cognito-signed-in', { user: next.session.user });
      if (previous.route === 'authenticated') this.emit('cognito-signed-out', {});
    } else if (next.challenge !== previous.challenge && next.challenge) {
      // A new challenge on the same screen: focus on top. Another round of the same step (a
      // custom challenge asking again) starts with an empty form; a step answered without a
      // screen of its own (MFA_SETUP of one type, after sign-in or a new password) leaves
      // what was typed.
      if (next.challenge.name === previous.challenge?.name) this.screenContainer?.querySelector('form')?.reset();
      this.focusPending = 'title';
    } else if (next.fieldErrors && next.fieldErrors !== previous.fieldErrors) {
      this.focusPending = 'invalid';
    }
  }

  private emit<K extends keyof CognitoAuthenticatorEventMap>(
    type: K,
    detail: CognitoAuthenticatorEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Moves focus to the new screen's title or the first invalid field, if focus was ours to move. */
  private moveFocus(): void {
    const reason = this.focusPending;
    this.focusPending = undefined;
    if (!reason || !this.screenContainer) return;
    const active = document.activeElement;
    const ours = active === null || active === document.body || this.contains(active);
    if (!ours) return;
    const target =
      reason === 'invalid'
        ? this.screenContainer.querySelector<HTMLElement>('[aria-invalid="true"]')
        : this.screenContainer.querySelector<HTMLElement>('.cognito-screen__title');
    target?.focus();
  }

  private screenContext(): ScreenContext {
    return {
      state: this.authState,
      config: this.authenticator?.config ?? this.config(),
      translator: this.localize.translator,
      idPrefix: this.idPrefix,
      formFields: this.formFields,
      region: DIAL_CODES.has(this.defaultCountry.toUpperCase())
        ? this.defaultCountry.toUpperCase()
        : (regionOf(this.localize.language) ?? 'US'),
      send: (event) => this.authenticator?.send(event),
      chosenRegion: (name) => this.chosenRegions.get(name),
      chooseRegion: (name, region) => {
        this.chosenRegions.set(name, region);
      },
      isPasswordVisible: (name) => this.visiblePasswords.has(name),
      togglePassword: (name) => {
        const visible = new Set(this.visiblePasswords);
        if (!visible.delete(name)) visible.add(name);
        this.visiblePasswords = visible;
      },
      draftPassword: this.draftPassword,
      setDraftPassword: (value) => {
        this.draftPassword = value;
      },
      totpIssuer: this.totpIssuer || document.title || location.hostname,
      totpAccountName: this.totpAccountName || this.authState.username,
      totpCopied: this.totpCopied,
      customChallengeContent: this.customChallengeContent,
      copyTotpSecret: (secret) => {
        navigator.clipboard.writeText(secret).then(
          () => {
            this.totpCopied = true;
          },
          () => {
            // No clipboard access: the key stays on screen to be selected and copied by hand.
            this.totpCopied = false;
          },
        );
      },
    };
  }

  private renderScreen(): TemplateResult | typeof nothing {
    const route = this.route;
    return route === 'authenticated' ? nothing : screens[route](this.screenContext());
  }

  private renderModal(screen: TemplateResult): TemplateResult {
    // Escape would close the dialog and leave the page with no way to sign in.
    return html`<dialog class="cognito-modal" aria-labelledby="${this.idPrefix}-title" @cancel=${(event: Event) => event.preventDefault()}>
      ${screen}
    </dialog>`;
  }

  protected override render(): TemplateResult {
    const route = this.route;
    if (route === 'authenticated') return html`<slot></slot>`;
    return html`<slot name="header"></slot><slot name="header-${route}"></slot><slot name="screen"></slot><slot name="footer-${route}"></slot
      ><slot name="footer"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cognito-authenticator': CognitoAuthenticator;
  }
  interface HTMLElementEventMap extends CognitoAuthenticatorEventMap {}
  // The events bubble and are composed: a page can listen on the document.
  interface DocumentEventMap extends CognitoAuthenticatorEventMap {}
}
