/** Every screen, by route: the one table the element draws from. */
import type { TemplateResult } from 'lit';
import { renderConfirmResetPassword } from './confirm-reset-password.js';
import { renderConfirmSignIn } from './confirm-sign-in.js';
import { renderConfirmSignUp } from './confirm-sign-up.js';
import { renderConfirmVerifyUser } from './confirm-verify-user.js';
import { renderCustomChallenge } from './custom-challenge.js';
import { renderForceNewPassword } from './force-new-password.js';
import { renderResetPassword } from './reset-password.js';
import { renderSelectMfaType } from './select-mfa-type.js';
import { renderSetup } from './setup.js';
import { renderSetupEmail } from './setup-email.js';
import { renderSetupTotp } from './setup-totp.js';
import { renderSignIn } from './sign-in.js';
import { renderSignUp } from './sign-up.js';
import { renderVerifyUser } from './verify-user.js';
import type { ScreenRoute, ScreenSettings, ScreenView } from './view.js';

export type { CustomChallengeContent, FieldOverride, FieldState, FormFieldOverrides, ScreenRoute } from './view.js';
export type { ScreenSettings, ScreenView } from './view.js';

type Screen<R extends ScreenRoute> = (view: ScreenView<R>, settings: ScreenSettings) => TemplateResult;

const SCREENS: { readonly [R in ScreenRoute]: Screen<R> } = {
  idle: renderSetup,
  setup: renderSetup,
  signIn: renderSignIn,
  signUp: renderSignUp,
  confirmSignUp: renderConfirmSignUp,
  confirmSignIn: renderConfirmSignIn,
  selectMfaType: renderSelectMfaType,
  setupTotp: renderSetupTotp,
  setupEmail: renderSetupEmail,
  forceNewPassword: renderForceNewPassword,
  resetPassword: renderResetPassword,
  confirmResetPassword: renderConfirmResetPassword,
  verifyUser: renderVerifyUser,
  confirmVerifyUser: renderConfirmVerifyUser,
  customChallenge: renderCustomChallenge,
};

/** The screen of the view's route. */
export function renderScreen<R extends ScreenRoute>(view: ScreenView<R>, settings: ScreenSettings): TemplateResult {
  // The table pairs each route with its screen; indexing by a generic route loses that pairing.
  const render = SCREENS[view.state.route] as Screen<R>;
  return render(view, settings);
}
