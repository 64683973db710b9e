/** Every screen, by route: the one table the element draws from. */
import type { TemplateResult } from 'lit';
import type { AuthenticatorConfig } from '../../../core/config.js';
import type { AuthState } from '../../../core/state.js';
import { hasEnglish, loadEnglish } from '../../../i18n/english.js';
import { renderSetup } from './setup.js';
import { renderSignIn } from './sign-in.js';
import type { ScreenRoute, ScreenSettings, ScreenView } from './view.js';

export type { CustomChallengeContent, FieldOverride, FieldState, FormFieldOverrides, ScreenRoute } from './view.js';
export type { ScreenSettings, ScreenView } from './view.js';

type Screen<R extends ScreenRoute> = (view: ScreenView<R>, settings: ScreenSettings) => TemplateResult;

/** A screen of the passwordless flow, all of them in one chunk. */
function passwordless<K extends keyof typeof import('./passwordless.js').PASSWORDLESS_SCREENS>(
  name: K,
): () => Promise<(typeof import('./passwordless.js').PASSWORDLESS_SCREENS)[K]> {
  return () => import('./passwordless.js').then((module) => module.PASSWORDLESS_SCREENS[name]);
}

/** The screens of the password journey, in the element's own module. */
const EAGER: { readonly [R in EagerRoute]: Screen<R> } = {
  idle: renderSetup,
  setup: renderSetup,
  signIn: renderSignIn,
};

type EagerRoute = 'idle' | 'setup' | 'signIn';
type LazyRoute = Exclude<ScreenRoute, EagerRoute>;

/**
 * Every other screen, in a chunk of its own that is loaded the first time it is shown: a
 * page whose people only sign in loads none of them.
 */
const LAZY: { readonly [R in LazyRoute]: () => Promise<Screen<R>> } = {
  signUp: () => import('./sign-up.js').then((module) => module.renderSignUp),
  confirmSignUp: () => import('./confirm-sign-up.js').then((module) => module.renderConfirmSignUp),
  confirmSignIn: () => import('./confirm-sign-in.js').then((module) => module.renderConfirmSignIn),
  selectMfaType: () => import('./select-mfa-type.js').then((module) => module.renderSelectMfaType),
  setupTotp: () => import('./setup-totp.js').then((module) => module.renderSetupTotp),
  setupEmail: () => import('./setup-email.js').then((module) => module.renderSetupEmail),
  forceNewPassword: () => import('./force-new-password.js').then((module) => module.renderForceNewPassword),
  resetPassword: () => import('./reset-password.js').then((module) => module.renderResetPassword),
  confirmResetPassword: () => import('./confirm-reset-password.js').then((module) => module.renderConfirmResetPassword),
  verifyUser: () => import('./verify-user.js').then((module) => module.renderVerifyUser),
  confirmVerifyUser: () => import('./confirm-verify-user.js').then((module) => module.renderConfirmVerifyUser),
  customChallenge: () => import('./custom-challenge.js').then((module) => module.renderCustomChallenge),
  signInPassword: passwordless('signInPassword'),
  selectSignInMethod: passwordless('selectSignInMethod'),
  confirmSignInCode: passwordless('confirmSignInCode'),
  passkeyPrompt: passwordless('passkeyPrompt'),
};

/** Sign-in, username first, where the page offers ways other than the password (the passwordless flow). */
const loadSignInMethods = passwordless('signInMethods');

/** The screens are those of the passwordless flow where it is offered: sign-in is username first there. */
type ScreenKey = ScreenRoute | 'signInMethods';

const keyOf = (route: ScreenRoute, config: AuthenticatorConfig): ScreenKey =>
  route === 'signIn' && config.authMethods.join() !== 'password' ? 'signInMethods' : route;

/** The screens loaded so far, by route. */
const loaded: Partial<Record<ScreenKey, Screen<ScreenRoute>>> = {
  ...(EAGER as Record<EagerRoute, Screen<ScreenRoute>>),
};

let styles: Promise<void> | undefined;
let sheet: CSSStyleSheet | undefined;

/** The stylesheet of the screens after sign-in, loaded with the first of them (a failed load is tried again). */
function loadStyles(): Promise<void> {
  styles ??= import('./more-fields.js').then(
    (module) => {
      sheet = module.screenStyles.styleSheet ?? new CSSStyleSheet();
    },
    (error: unknown) => {
      styles = undefined;
      throw error;
    },
  );
  return styles;
}

/** The stylesheet the screens after sign-in need beside the element's own, once one of them is loaded. */
export function screenSheet(): CSSStyleSheet | undefined {
  return sheet;
}

/**
 * Loads a screen: resolves once it can be drawn. Every screen but those of the password
 * journey needs its stylesheet and the English messages of the other screens too; so does
 * sign-in, for the English, when it shows a message only they hold (a rare error). A failed
 * load can be tried again.
 */
export function loadScreen(route: ScreenRoute, config: AuthenticatorConfig): Promise<void> {
  const key = keyOf(route, config);
  const eager = key in EAGER;
  const load = (key === 'signInMethods' ? loadSignInMethods : LAZY[route as LazyRoute]) as () => Promise<
    Screen<ScreenRoute>
  >;
  const screen = loaded[key]
    ? undefined
    : load().then((render) => {
        loaded[key] = render;
      });
  return Promise.all([screen, loadEnglish(), eager ? undefined : loadStyles()]).then(() => undefined);
}

/** The message keys a state shows beside its screen's own words. */
function messagesOf(state: Pick<AuthState, 'fieldErrors' | 'error' | 'notice'>): string[] {
  const keys = Object.values(state.fieldErrors ?? {}).map((error) => error.key);
  if (state.error) keys.push(state.error.key);
  if (state.notice) keys.push(state.notice);
  return keys;
}

/** The screen of the view's route, or `undefined` while it (its styles, the English it shows) is being loaded. */
export function renderScreen<R extends ScreenRoute>(
  view: ScreenView<R>,
  settings: ScreenSettings,
): TemplateResult | undefined {
  const key = keyOf(view.state.route, view.config);
  const ready =
    key in EAGER ? messagesOf(view.state).every((message) => hasEnglish(message)) : hasEnglish() && sheet !== undefined;
  // The table pairs each route with its screen; indexing by a generic route loses that pairing.
  const render = loaded[key] as Screen<R> | undefined;
  return ready ? render?.(view, settings) : undefined;
}
