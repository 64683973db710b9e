import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { jane, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Reset password',
  id: 'screens-resetPassword',
  ...screenMeta,
};
export default meta;

const send = { fill: { username: jane.username } };

export const Empty = scene({ route: 'resetPassword' });

export const Filled = scene({ route: 'resetPassword', then: [{ ...send, submit: false }] });

export const UsernameCarriedOver = scene({
  route: 'resetPassword',
  steps: [{ fill: { username: jane.username }, submit: false }, { navigate: 'resetPassword' }],
});

export const ValidationErrors = scene({ route: 'resetPassword', then: [{ fill: {} }], shows: 'fieldError' });

export const Pending = scene({ route: 'resetPassword', script: { forgotPassword: pending() }, then: [send] });

export const UserNotFound = scene({
  route: 'resetPassword',
  script: { forgotPassword: fails('UserNotFoundException', 'errors.userNotFound') },
  then: [send],
  shows: 'error',
});

export const LimitExceeded = scene({
  route: 'resetPassword',
  script: { forgotPassword: fails('LimitExceededException', 'errors.limitExceeded') },
  then: [send],
  shows: 'error',
});

export const CodeNotSent = scene({
  route: 'resetPassword',
  script: { forgotPassword: fails('CodeDeliveryFailureException', 'errors.codeDeliveryFailure') },
  then: [send],
  shows: 'error',
});

export const NoVerifiedContact = scene({
  route: 'resetPassword',
  script: { forgotPassword: fails('InvalidParameterException', 'errors.invalidParameter') },
  then: [send],
  shows: 'error',
});

export const Offline = scene({
  route: 'resetPassword',
  script: { forgotPassword: fails('NetworkError', 'errors.network') },
  then: [send],
  shows: 'error',
});
