import type { Meta } from '@storybook/web-components-vite';
import { fails, pending, smsDelivery } from './fake-client.js';
import { jane, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Sign up',
  id: 'screens-signUp',
  ...screenMeta,
};
export default meta;

const details = {
  username: jane.username,
  password: jane.password,
  confirmPassword: jane.password,
  'attribute:email': jane.email,
};
const signUp = { fill: details };

export const Empty = scene({ route: 'signUp' });

export const Filled = scene({ route: 'signUp', then: [{ fill: details, submit: false }] });

export const PasswordChecklist = scene({
  route: 'signUp',
  then: [{ fill: { username: jane.username, password: 'horse9' }, submit: false }],
});

export const ValidationErrors = scene({ route: 'signUp', then: [{ fill: {} }], shows: 'fieldError' });

export const WeakPasswordAndMismatch = scene({
  route: 'signUp',
  then: [{ fill: { ...details, password: 'horse', confirmPassword: 'house', 'attribute:email': 'jane@example' } }],
  shows: 'fieldError',
});

export const Pending = scene({ route: 'signUp', script: { signUp: pending() }, then: [signUp] });

export const UsernameTaken = scene({
  route: 'signUp',
  script: { signUp: fails({ code: 'UsernameExistsException', key: 'errors.usernameExists', field: 'username' }) },
  then: [signUp],
  shows: 'fieldError',
});

export const EmailTaken = scene({
  route: 'signUp',
  script: { signUp: fails({ code: 'AliasExistsException', key: 'errors.aliasExists', field: 'username' }) },
  then: [signUp],
  shows: 'fieldError',
});

export const PasswordRejected = scene({
  route: 'signUp',
  script: { signUp: fails({ code: 'InvalidPasswordException', key: 'errors.invalidPassword', field: 'password' }) },
  then: [signUp],
  shows: 'fieldError',
});

export const InvalidDetails = scene({
  route: 'signUp',
  script: { signUp: fails('InvalidParameterException', 'errors.invalidParameter') },
  then: [signUp],
  shows: 'error',
});

export const CodeNotSent = scene({
  route: 'signUp',
  script: { signUp: fails('CodeDeliveryFailureException', 'errors.codeDeliveryFailure') },
  then: [signUp],
  shows: 'error',
});

export const TooManyRequests = scene({
  route: 'signUp',
  script: { signUp: fails('TooManyRequestsException', 'errors.tooManyRequests') },
  then: [signUp],
  shows: 'error',
});

export const TriggerMessage = scene({
  route: 'signUp',
  script: {
    signUp: fails(
      'UserLambdaValidationException',
      'errors.lambdaValidation',
      'Sign-ups are open to example.com addresses only.',
    ),
  },
  then: [signUp],
  shows: 'error',
});

export const Offline = scene({
  route: 'signUp',
  script: { signUp: fails('NetworkError', 'errors.network') },
  then: [signUp],
  shows: 'error',
});

export const MoreAttributes = scene(
  {
    route: 'signUp',
    properties: {
      formFields: { signUp: { 'custom:company': { label: 'Company', order: 1 }, birthdate: { required: false } } },
    },
  },
  { args: { 'sign-up-attributes': 'email name phone_number birthdate custom:company' } },
);

export const EmailAsUsername = scene(
  { route: 'signUp' },
  { args: { 'login-mechanisms': 'email', 'sign-up-attributes': 'email name' } },
);

export const PhoneAsUsername = scene(
  {
    route: 'signUp',
    script: { signUp: () => Promise.resolve({ confirmed: false, userId: 'u', delivery: smsDelivery }) },
  },
  { args: { 'login-mechanisms': 'phone_number', 'sign-up-attributes': '' } },
);
