import { css, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import type { AuthState } from '../../core/state.js';
import type { AuthTokens, AuthUser, Route } from '../../core/types.js';
import { DIAL_CODES, regionOf } from '../../fields/dial-codes.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { adoptStyles } from '../../styles/adopt.js';
import { authenticatorStyles } from '../../styles/authenticator.styles.js';
import { AuthenticatorController } from './authenticator-controller.js';
import { emit, type CognitoAuthenticatorEventMap } from './events.js';
import { FieldStateController } from './field-state-controller.js';
import { FocusController } from './focus-controller.js';
import { AuthenticatorProperties, propertyDeclarations } from './properties.js';
import {
  loadScreen,
  renderScreen,
  screenSheet,
  type ScreenRoute,
  type ScreenSettings,
  type ScreenView,
} from './screens/index.js';

/** How long before they expire tokens read through `tokens` are refreshed in the background (the client's own leeway). */
const REFRESH_AHEAD_MS = 60_000;

export type {
  CognitoAuthenticatorEventMap,
  RouteChangeDetail,
  SessionExpiredDetail,
  SignedInDetail,
  SignedOutDetail,
} from './events.js';
export type { CustomChallengeContent, FieldOverride, FormFieldOverrides } from './screens/index.js';

let instances = 0;

/** The light-DOM container the screens are drawn into, slotted under the header. */
/** A state the element has a screen for: all but the app itself. */
const isScreen = (state: AuthState): state is AuthState<ScreenRoute> => state.route !== 'authenticated';

function screenContainer(): HTMLElement {
  const container = document.createElement('div');
  container.slot = 'screen';
  container.className = 'cognito-authenticator__screen';
  return container;
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
 * @event {{ route: Route, previous: Route }} cognito-route-change - The screen changed: `route` is shown now, `previous` was before.
 * @event {{ user: AuthUser }} cognito-signed-in - The user signed in, or a stored session was restored (never the tokens).
 * @event {{ globalSignOutFailure?: AuthFailure }} cognito-signed-out - The user signed out or the session ended; `globalSignOutFailure` when signing out everywhere else did not happen.
 * @event {{ error: AuthFailure }} cognito-session-expired - The tokens expired and could not be refreshed yet (offline, say); tries go on, and `cognito-signed-out` follows if the pool refuses.
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
export class CognitoAuthenticator extends AuthenticatorProperties {
  static override styles = css`
    :host {
      display: block;
    }

    :host([hidden]) {
      display: none;
    }
  `;

  /** Derived from the documented fields in `properties.ts`. */
  static override properties = propertyDeclarations;

  private readonly idPrefix = `cognito-${String(++instances)}`;
  private readonly container = screenContainer();
  private readonly localize = new LocalizeController(this);
  private readonly journey = new AuthenticatorController(this);
  private readonly fieldState = new FieldStateController(this, this.journey, this.container);

  private unsubscribe: (() => void) | undefined;
  /** The history controller on its way, once `history` is set. */
  private historyLoad: Promise<void> | undefined;

  constructor() {
    super();
    // Each controller adds itself to the element and follows the journey while it is connected.
    new FocusController(this, this.journey, this.container);
  }

  /** The screen shown now. */
  get route(): Route {
    return this.journey.state.route;
  }

  /** The signed-in user, or `null`. */
  get user(): AuthUser | null {
    const state = this.journey.state;
    return 'session' in state ? state.session.user : null;
  }

  /**
   * The current tokens, or `null`; read them when calling your API, do not keep them.
   * Tokens about to expire are refreshed in the background; `getTokens()` waits for that.
   */
  get tokens(): AuthTokens | null {
    const state = this.journey.state;
    if (!('session' in state)) return null;
    const { tokens } = state.session;
    if (tokens.expiresAt - REFRESH_AHEAD_MS <= Date.now()) void this.getTokens().catch(() => undefined);
    return tokens;
  }

  /** Tokens good for a call to your API, refreshed first when they are about to expire; `null` when signed out. */
  async getTokens(): Promise<AuthTokens | null> {
    return (await this.journey.currentSession())?.tokens ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, authenticatorStyles.styleSheet ?? new CSSStyleSheet());
    this.prepend(this.container);
    // After the controllers: the page hears of a change once they have followed it.
    this.unsubscribe = this.journey.subscribe((next, previous) => {
      this.announce(next, previous);
    });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** Signs the user out; `global` also ends the sessions on every other device. */
  signOut(options: { global?: boolean } = {}): void {
    this.journey.send({ type: 'signOut', ...options });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Settled means the language asked for, the flows offered, the history when asked for and
    // the screen shown are loaded and drawn too: an update may ask for any of them, and
    // drawing it is another update.
    let settled = await super.getUpdateComplete();
    for (;;) {
      const ready = this.localize.ready;
      const screen = this.screenLoad;
      const flows = this.journey.flowsLoad;
      await Promise.all([ready, screen, flows, this.historyLoad]);
      settled = await super.getUpdateComplete();
      if (ready === this.localize.ready && screen === this.screenLoad && flows === this.journey.flowsLoad)
        return settled;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language') || changed.has('i18n') || changed.has('translations')) this.localize.update();
    // The browser's history, only for a page that asks for it: a chunk of its own.
    this.historyLoad ??= this.history
      ? import('./history-controller.js').then(({ HistoryController }) => {
          new HistoryController(
            this,
            this.journey,
            () => `cognito-authenticator:${this.id || this.idPrefix}`,
            (route) => {
              this.journey.send({ type: 'navigate', route });
            },
          );
        })
      : undefined;
  }

  /** Draws the screen into the light DOM after the slots, so that focus can move to it next. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.container.lang = this.localize.language;
    // The text direction follows the language unless the page set one on the element.
    if (this.hasAttribute('dir')) this.container.removeAttribute('dir');
    else this.container.dir = this.localize.dir;
    const state = this.journey.state;
    const screen = isScreen(state) ? renderScreen(this.screenView(state), this.settings()) : nothing;
    if (screen === undefined) {
      // Its chunk is on its way: the screen before stays (busy) until it can be drawn.
      if (isScreen(state)) this.showWhenLoaded(state.route);
      return;
    }
    // The other screens' stylesheet, once loaded, in whatever root the element is now.
    const sheet = screenSheet();
    if (sheet) adoptStyles(this, sheet);
    render(this.variation === 'modal' && screen !== nothing ? this.renderModal(screen) : screen, this.container, {
      host: this,
    });
    const dialog = this.container.querySelector('dialog');
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  /** Loads a screen's chunk, then draws it; a failed load is tried again on the next update. */
  private showWhenLoaded(route: ScreenRoute): void {
    this.screenLoad = loadScreen(route, this.journey.config).then(
      () => {
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('<cognito-authenticator>: a screen could not be loaded.', error);
      },
    );
  }

  /** The screen chunk on its way, if any (it never rejects: a failure is logged). */
  private screenLoad: Promise<void> | undefined;

  protected override render(): TemplateResult {
    const route = this.route;
    if (route === 'authenticated') return html`<slot></slot>`;
    return html`<slot name="header"></slot><slot name="header-${route}"></slot><slot name="screen"></slot><slot name="footer-${route}"></slot
      ><slot name="footer"></slot>`;
  }

  /** Tells the page of a new screen, and of signing in and out. */
  private announce(next: AuthState, previous: AuthState): void {
    if (next.route === 'authenticated' && next.error && next.error !== previous.error)
      emit(this, 'cognito-session-expired', { error: next.error });
    if (next.route === previous.route) return;
    emit(this, 'cognito-route-change', { route: next.route, previous: previous.route });
    if (previous.route === 'authenticated') {
      const failure = next.error?.key === 'errors.globalSignOut' ? { globalSignOutFailure: next.error } : {};
      emit(this, 'cognito-signed-out', failure);
    }
    if (next.route === 'authenticated') emit(this, 'cognito-signed-in', { user: next.session.user });
  }

  private screenView<R extends ScreenRoute>(state: AuthState<R>): ScreenView<R> {
    const country = this.defaultCountry.toUpperCase();
    const view: ScreenView<R> = {
      state,
      config: this.journey.config,
      translator: this.localize.translator,
      idPrefix: this.idPrefix,
      overrides: this.formFields[state.route] ?? {},
      region: DIAL_CODES.has(country) ? country : (regionOf(this.localize.language) ?? 'US'),
      fields: this.fieldState,
      send: (event) => {
        this.journey.send(event);
      },
    };
    // No provider to press on a page whose journey could not start.
    const federation = this.journey.running ? this.journey.federation : undefined;
    return federation && (state.route === 'signIn' || state.route === 'signUp')
      ? { ...view, aside: federation.buttons(html, view, this.providerLabels) }
      : view;
  }

  private settings(): ScreenSettings {
    return {
      totpIssuer: this.totpIssuer || document.title || location.hostname,
      totpAccountName: this.totpAccountName || this.journey.state.username,
      customChallengeContent: this.customChallengeContent,
    };
  }

  private renderModal(screen: TemplateResult): TemplateResult {
    // Escape would close the dialog and leave the page with no way to sign in.
    return html`<dialog class="cognito-modal" aria-labelledby="${this.idPrefix}-title" @cancel=${(event: Event) => event.preventDefault()}>
      ${screen}
    </dialog>`;
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
