import type { Meta } from '@storybook/web-components-vite';
import { challenge, fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/New password',
  id: 'screens-forceNewPassword',
  ...screenMeta,
};
export default meta;

const strong = 'Battery-Staple-7';
const newPassword = { fill: { password: strong, confirmPassword: strong } };

export const Empty = scene({ route: 'forceNewPassword' });

export const WithRequiredAttributes = scene({
  route: 'forceNewPassword',
  script: {
    signIn: challenge({ kind: 'newPassword', requiredAttributes: ['name', 'phone_number'] }),
  },
});

export const PasswordChecklist = scene({
  route: 'forceNewPassword',
  then: [{ fill: { password: 'battery' }, submit: false }],
});

export const Filled = scene({ route: 'forceNewPassword', then: [{ ...newPassword, submit: false }] });

export const ValidationErrors = scene({
  route: 'forceNewPassword',
  then: [{ fill: { password: 'battery', confirmPassword: 'batter' } }],
  shows: 'fieldError',
});

export const Pending = scene({
  route: 'forceNewPassword',
  script: { respondToChallenge: pending() },
  then: [newPassword],
});

export const PasswordRejected = scene({
  route: 'forceNewPassword',
  script: {
    respondToChallenge: fails({ code: 'InvalidPasswordException', key: 'errors.invalidPassword', field: 'password' }),
  },
  then: [newPassword],
  shows: 'fieldError',
});

export const InvalidDetails = scene({
  route: 'forceNewPassword',
  script: { respondToChallenge: fails('InvalidParameterException', 'errors.invalidParameter') },
  then: [newPassword],
  shows: 'error',
});

export const Offline = scene({
  route: 'forceNewPassword',
  script: { respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [newPassword],
  shows: 'error',
});
