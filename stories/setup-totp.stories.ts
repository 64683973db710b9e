import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Set up an authenticator app',
  id: 'screens-setupTotp',
  ...screenMeta,
};
export default meta;

const code = { fill: { code: '123456' } };

export const QrCodeAndKey = scene({ route: 'setupTotp' }, { args: { 'totp-issuer': 'Example Shop' } });

export const Filled = scene({ route: 'setupTotp', then: [{ fill: { code: '123456' }, submit: false }] });

export const ValidationErrors = scene({ route: 'setupTotp', then: [{ fill: {} }], shows: 'fieldError' });

export const Pending = scene({ route: 'setupTotp', script: { verifyTotp: pending() }, then: [code] });

export const WrongCode = scene({
  route: 'setupTotp',
  script: { verifyTotp: fails({ code: 'EnableSoftwareTokenMFAException', key: 'errors.codeMismatch', field: 'code' }) },
  then: [code],
  shows: 'fieldError',
});

export const TooManyRequests = scene({
  route: 'setupTotp',
  script: { verifyTotp: fails('TooManyRequestsException', 'errors.tooManyRequests') },
  then: [code],
  shows: 'error',
});

export const Offline = scene({
  route: 'setupTotp',
  script: { verifyTotp: fails('NetworkError', 'errors.network') },
  then: [code],
  shows: 'error',
});
