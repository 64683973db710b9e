import type { Meta } from '@storybook/web-components-vite';
import { challenge, emailDelivery, fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Confirm sign-in',
  id: 'screens-confirmSignIn',
  ...screenMeta,
};
export default meta;

const code = { fill: { code: '123456' } };
const byApp = { signIn: challenge({ kind: 'mfaCode', mfaType: 'totp' }) };

export const CodeByText = scene({ route: 'confirmSignIn' });

export const CodeFromAuthenticatorApp = scene({ route: 'confirmSignIn', script: byApp });

export const CodeByEmail = scene({
  route: 'confirmSignIn',
  script: {
    signIn: challenge({ kind: 'mfaCode', mfaType: 'email', delivery: emailDelivery }),
  },
});

export const Filled = scene({
  route: 'confirmSignIn',
  script: byApp,
  then: [{ fill: { code: '123 456' }, submit: false }],
});

export const ValidationErrors = scene({
  route: 'confirmSignIn',
  script: byApp,
  then: [{ fill: {} }],
  shows: 'fieldError',
});

export const Pending = scene({
  route: 'confirmSignIn',
  script: { ...byApp, respondToChallenge: pending() },
  then: [code],
});

export const WrongCode = scene({
  route: 'confirmSignIn',
  script: {
    ...byApp,
    respondToChallenge: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }),
  },
  then: [code],
  shows: 'fieldError',
});

export const ExpiredCode = scene({
  route: 'confirmSignIn',
  script: { respondToChallenge: fails({ code: 'ExpiredCodeException', key: 'errors.codeExpired', field: 'code' }) },
  then: [code],
  shows: 'fieldError',
});

export const TooManyRequests = scene({
  route: 'confirmSignIn',
  script: { ...byApp, respondToChallenge: fails('TooManyRequestsException', 'errors.tooManyRequests') },
  then: [code],
  shows: 'error',
});

export const Offline = scene({
  route: 'confirmSignIn',
  script: { ...byApp, respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [code],
  shows: 'error',
});
