import type { Meta } from '@storybook/web-components-vite';
import { challenge, fails, pending, smsDelivery } from './fake-client.js';
import { pressFooterAction, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Passwordless/Sign-in code',
  id: 'screens-confirmSignInCode',
  ...screenMeta,
};
export default meta;

const code = { fill: { code: '123456' } };

export const ByEmail = scene({ route: 'confirmSignInCode' });

export const ByTextMessage = scene({
  route: 'confirmSignInCode',
  script: { startUserAuth: challenge({ kind: 'signInCode', method: 'sms-otp', delivery: smsDelivery }) },
});

export const CodeResent = scene({ route: 'confirmSignInCode', then: [pressFooterAction], shows: 'notice' });

export const ValidationErrors = scene({
  route: 'confirmSignInCode',
  then: [{ fill: { code: 'abc' } }],
  shows: 'fieldError',
});

export const Pending = scene({ route: 'confirmSignInCode', script: { respondToChallenge: pending() }, then: [code] });

export const WrongCode = scene({
  route: 'confirmSignInCode',
  script: { respondToChallenge: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }) },
  then: [code],
  shows: 'fieldError',
});

export const Offline = scene({
  route: 'confirmSignInCode',
  script: { respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [code],
  shows: 'error',
});
