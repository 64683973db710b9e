import type { Meta } from '@storybook/web-components-vite';
import { fails, pending, smsDelivery } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Confirm contact',
  id: 'screens-confirmVerifyUser',
  ...screenMeta,
};
export default meta;

const code = { fill: { code: '123456' } };

export const SentByEmail = scene({ route: 'confirmVerifyUser' });

export const SentByText = scene({
  route: 'confirmVerifyUser',
  script: {
    unverifiedContacts: () => Promise.resolve([{ name: 'phone_number', value: '+4915112340123' }]),
    sendAttributeCode: () => Promise.resolve(smsDelivery),
  },
});

export const Filled = scene({ route: 'confirmVerifyUser', then: [{ ...code, submit: false }] });

export const ValidationErrors = scene({ route: 'confirmVerifyUser', then: [{ fill: {} }], shows: 'fieldError' });

export const Pending = scene({ route: 'confirmVerifyUser', script: { verifyAttribute: pending() }, then: [code] });

export const WrongCode = scene({
  route: 'confirmVerifyUser',
  script: { verifyAttribute: fails({ code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' }) },
  then: [code],
  shows: 'fieldError',
});

export const ExpiredCode = scene({
  route: 'confirmVerifyUser',
  script: { verifyAttribute: fails({ code: 'ExpiredCodeException', key: 'errors.codeExpired', field: 'code' }) },
  then: [code],
  shows: 'fieldError',
});

export const LimitExceeded = scene({
  route: 'confirmVerifyUser',
  script: { verifyAttribute: fails('LimitExceededException', 'errors.limitExceeded') },
  then: [code],
  shows: 'error',
});

export const Offline = scene({
  route: 'confirmVerifyUser',
  script: { verifyAttribute: fails('NetworkError', 'errors.network') },
  then: [code],
  shows: 'error',
});
