import type { Meta } from '@storybook/web-components-vite';
import { fails, pending, smsDelivery } from './fake-client.js';
import { pressFooterAction, scene, screenMeta, signInAsJane, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Confirm sign-up',
  id: 'screens-confirmSignUp',
  ...screenMeta,
};
export default meta;

const confirm = { fill: { code: '123456' } };

export const SentByEmail = scene({ route: 'confirmSignUp' });

export const SentByText = scene({
  route: 'confirmSignUp',
  script: { signUp: () => Promise.resolve({ confirmed: false, userId: 'u', delivery: smsDelivery }) },
});

export const Filled = scene({ route: 'confirmSignUp', then: [{ fill: { code: '123456' }, submit: false }] });

export const ValidationErrors = scene({
  route: 'confirmSignUp',
  then: [{ fill: { code: '12ab' } }],
  shows: 'fieldError',
});

export const Pending = scene({ route: 'confirmSignUp', script: { confirmSignUp: pending() }, then: [confirm] });

export const CodeResent = scene({ route: 'confirmSignUp', then: [pressFooterAction], shows: 'notice' });

export const Resending = scene({
  route: 'confirmSignUp',
  script: { resendSignUpCode: pending() },
  then: [pressFooterAction],
});

export const WrongCode = scene({
  route: 'confirmSignUp',
  script: { confirmSignUp: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }) },
  then: [confirm],
  shows: 'fieldError',
});

export const ExpiredCode = scene({
  route: 'confirmSignUp',
  script: { confirmSignUp: fails({ code: 'ExpiredCodeException', key: 'errors.codeExpired', field: 'code' }) },
  then: [confirm],
  shows: 'fieldError',
});

export const TooManyFailedAttempts = scene({
  route: 'confirmSignUp',
  script: { confirmSignUp: fails('TooManyFailedAttemptsException', 'errors.tooManyFailedAttempts') },
  then: [confirm],
  shows: 'error',
});

export const AlreadyConfirmed = scene({
  route: 'confirmSignUp',
  script: { confirmSignUp: fails('NotAuthorizedException', 'errors.alreadyConfirmed') },
  then: [confirm],
  shows: 'error',
});

export const ResendLimitExceeded = scene({
  route: 'confirmSignUp',
  script: { resendSignUpCode: fails('LimitExceededException', 'errors.limitExceeded') },
  then: [pressFooterAction],
  shows: 'error',
});

export const ResendNotDelivered = scene({
  route: 'confirmSignUp',
  script: { resendSignUpCode: fails('CodeDeliveryFailureException', 'errors.codeDeliveryFailure') },
  then: [pressFooterAction],
  shows: 'error',
});

export const MessageQuotaReached = scene({
  route: 'confirmSignUp',
  script: { signUp: fails({ code: 'LimitExceededException', key: 'errors.limitExceeded', reason: 'limitExceeded' }) },
  shows: 'error',
});

export const Offline = scene({
  route: 'confirmSignUp',
  script: { confirmSignUp: fails('NetworkError', 'errors.network') },
  then: [confirm],
  shows: 'error',
});

export const NotConfirmedAtSignIn = scene(
  {
    route: 'confirmSignUp',
    steps: [signInAsJane],
    script: {
      signIn: fails({ code: 'UserNotConfirmedException', key: 'errors.userNotConfirmed', reason: 'userNotConfirmed' }),
    },
    shows: 'notice',
  },
  { args: { 'initial-screen': 'signIn' } },
);
