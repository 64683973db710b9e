import type { Meta } from '@storybook/web-components-vite';
import { challenge, fails, passwordlessAttributes, pending } from './fake-client.js';
import { jane, scene, screenMeta, signInAsJane, type AuthenticatorArgs, type AuthenticatorStory } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Sign in',
  id: 'screens-signIn',
  ...screenMeta,
};
export default meta;

const filled = { fill: { username: jane.username, password: jane.password }, submit: false };

export const Empty = scene({ route: 'signIn' });

export const Filled = scene({ route: 'signIn', then: [filled] });

/** Choice-based sign-in: the username first, then the way (codes by email or text, the password). */
export const UsernameFirst = scene({ route: 'signIn' }, { args: passwordlessAttributes });

export const PasskeyCancelled = scene(
  {
    route: 'signIn',
    script: {
      startUserAuth: fails({ code: 'PasskeyCancelled', key: 'errors.passkeyCancelled', reason: 'passkeyFailed' }),
    },
    then: [{ press: 'input[value="passkey"]' }, { fill: { username: jane.email } }],
    shows: 'error',
  },
  { args: { ...passwordlessAttributes, 'auth-methods': 'email-otp passkey' } },
);

export const PasswordShown = scene({ route: 'signIn', then: [filled, { press: '.cognito-field__toggle' }] });

export const ValidationErrors = scene({ route: 'signIn', then: [{ fill: {} }], shows: 'fieldError' });

export const Pending = scene({ route: 'signIn', script: { signIn: pending() }, then: [signInAsJane] });

export const IncorrectPassword = scene({
  route: 'signIn',
  script: { signIn: fails('NotAuthorizedException', 'errors.notAuthorized') },
  then: [signInAsJane],
  shows: 'error',
});

export const PasswordAttemptsExceeded = scene({
  route: 'signIn',
  script: { signIn: fails('NotAuthorizedException', 'errors.passwordAttemptsExceeded') },
  then: [signInAsJane],
  shows: 'error',
});

export const UserNotFound = scene({
  route: 'signIn',
  script: { signIn: fails('UserNotFoundException', 'errors.userNotFound') },
  then: [signInAsJane],
  shows: 'error',
});

export const TooManyRequests = scene({
  route: 'signIn',
  script: { signIn: fails('TooManyRequestsException', 'errors.tooManyRequests') },
  then: [signInAsJane],
  shows: 'error',
});

export const ServiceUnavailable = scene({
  route: 'signIn',
  script: { signIn: fails('InternalErrorException', 'errors.service') },
  then: [signInAsJane],
  shows: 'error',
});

export const RequestBlocked = scene({
  route: 'signIn',
  script: { signIn: fails('ForbiddenException', 'errors.forbidden') },
  then: [signInAsJane],
  shows: 'error',
});

export const Offline = scene({
  route: 'signIn',
  script: { signIn: fails('NetworkError', 'errors.network') },
  then: [signInAsJane],
  shows: 'error',
});

export const TimedOut = scene({
  route: 'signIn',
  script: { signIn: fails('TimeoutError', 'errors.timeout') },
  then: [signInAsJane],
  shows: 'error',
});

export const TriggerMessage = scene({
  route: 'signIn',
  script: {
    signIn: fails(
      'UserLambdaValidationException',
      'errors.lambdaValidation',
      'Sign-in is paused for maintenance until 14:00 UTC.',
    ),
  },
  then: [signInAsJane],
  shows: 'error',
});

export const TriggerFailed = scene({
  route: 'signIn',
  script: { signIn: fails('UnexpectedLambdaException', 'errors.lambda') },
  then: [signInAsJane],
  shows: 'error',
});

export const NotSetUpCorrectly: AuthenticatorStory = {
  ...scene({
    route: 'signIn',
    script: { signIn: fails('ResourceNotFoundException', 'errors.configuration') },
    then: [signInAsJane],
    shows: 'error',
  }),
  // CONSOLE_MESSAGE_TAG (the indexer reads tags as literals)
  tags: ['console-message'],
};

export const UnknownError = scene({
  route: 'signIn',
  script: { signIn: fails('SomethingNewException', 'errors.unknown') },
  then: [signInAsJane],
  shows: 'error',
});

export const UnsupportedStep = scene({
  route: 'signIn',
  script: { signIn: challenge({ kind: 'unsupported', name: 'DEVICE_SRP_AUTH' }) },
  then: [signInAsJane],
  shows: 'error',
});

export const SignInStepTimedOut = scene({
  route: 'signIn',
  steps: [signInAsJane],
  script: {
    signIn: challenge({ kind: 'mfaCode', mfaType: 'totp' }),
    respondToChallenge: fails({
      code: 'NotAuthorizedException',
      key: 'errors.sessionExpired',
      reason: 'sessionExpired',
    }),
  },
  then: [{ fill: { code: '123456' } }],
  shows: 'error',
});
