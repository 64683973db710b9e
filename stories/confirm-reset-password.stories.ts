import type { Meta } from '@storybook/web-components-vite';
import { emailDelivery, fails, inTurn, pending, smsDelivery } from './fake-client.js';
import { pressFooterAction, scene, screenMeta, signInAsJane, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Confirm password reset',
  id: 'screens-confirmResetPassword',
  ...screenMeta,
};
export default meta;

const strong = 'Battery-Staple-7';
const reset = { fill: { code: '123456', password: strong, confirmPassword: strong } };

export const SentByEmail = scene({ route: 'confirmResetPassword' });

export const SentByText = scene({
  route: 'confirmResetPassword',
  script: { forgotPassword: () => Promise.resolve(smsDelivery) },
});

export const Filled = scene({ route: 'confirmResetPassword', then: [{ ...reset, submit: false }] });

export const ValidationErrors = scene({
  route: 'confirmResetPassword',
  then: [{ fill: { password: 'battery' } }],
  shows: 'fieldError',
});

export const Pending = scene({
  route: 'confirmResetPassword',
  script: { confirmForgotPassword: pending() },
  then: [reset],
});

export const CodeResent = scene({ route: 'confirmResetPassword', then: [pressFooterAction], shows: 'notice' });

export const WrongCode = scene({
  route: 'confirmResetPassword',
  script: {
    confirmForgotPassword: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }),
  },
  then: [reset],
  shows: 'fieldError',
});

export const ExpiredCode = scene({
  route: 'confirmResetPassword',
  script: { confirmForgotPassword: fails({ code: 'ExpiredCodeException', key: 'errors.codeExpired', field: 'code' }) },
  then: [reset],
  shows: 'fieldError',
});

export const PasswordRejected = scene({
  route: 'confirmResetPassword',
  script: {
    confirmForgotPassword: fails({
      code: 'InvalidPasswordException',
      key: 'errors.invalidPassword',
      field: 'password',
    }),
  },
  then: [reset],
  shows: 'fieldError',
});

export const RecentlyUsedPassword = scene({
  route: 'confirmResetPassword',
  script: { confirmForgotPassword: fails('PasswordHistoryPolicyViolationException', 'errors.passwordHistory') },
  then: [reset],
  shows: 'error',
});

export const TooManyFailedAttempts = scene({
  route: 'confirmResetPassword',
  script: { confirmForgotPassword: fails('TooManyFailedAttemptsException', 'errors.tooManyFailedAttempts') },
  then: [reset],
  shows: 'error',
});

export const ResendLimitExceeded = scene({
  route: 'confirmResetPassword',
  script: () => ({
    forgotPassword: inTurn(
      () => Promise.resolve(emailDelivery),
      fails('LimitExceededException', 'errors.limitExceeded'),
    ),
  }),
  then: [pressFooterAction],
  shows: 'error',
});

export const Offline = scene({
  route: 'confirmResetPassword',
  script: { confirmForgotPassword: fails('NetworkError', 'errors.network') },
  then: [reset],
  shows: 'error',
});

export const RequiredAtSignIn = scene({
  route: 'confirmResetPassword',
  steps: [signInAsJane],
  script: {
    signIn: fails({
      code: 'PasswordResetRequiredException',
      key: 'errors.passwordResetRequired',
      reason: 'passwordResetRequired',
    }),
  },
});
