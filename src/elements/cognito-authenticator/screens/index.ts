/** Every screen, by route: the one table the element draws from. */
import type { TemplateResult } from 'lit';
import { renderSetup } from './setup.js';
import { renderSignIn } from './sign-in.js';
import type { ScreenRoute, ScreenSettings, ScreenView } from './view.js';

export type { CustomChallengeContent, FieldOverride, FieldState, FormFieldOverrides, ScreenRoute } from './view.js';
export type { ScreenSettings, ScreenView } from './view.js';

type Screen<R extends ScreenRoute> = (view: ScreenView<R>, settings: ScreenSettings) => TemplateResult;

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
};

/** The screens loaded so far, by route. */
const loaded: Partial<Record<ScreenRoute, Screen<ScreenRoute>>> = {
  ...(EAGER as Record<EagerRoute, Screen<ScreenRoute>>),
};

/** Loads a screen: resolves once it can be drawn. A failed load can be tried again. */
export function loadScreen(route: ScreenRoute): Promise<void> {
  if (loaded[route]) return Promise.resolve();
  const load = LAZY[route as LazyRoute] as () => Promise<Screen<ScreenRoute>>;
  return load().then((screen) => {
    loaded[route] = screen;
  });
}

/** The screen of the view's route, or `undefined` while it is being loaded. */
export function renderScreen<R extends ScreenRoute>(
  view: ScreenView<R>,
  settings: ScreenSettings,
): TemplateResult | undefined {
  // The table pairs each route with its screen; indexing by a generic route loses that pairing.
  const render = loaded[view.state.route] as Screen<R> | undefined;
  return render?.(view, settings);
}
