import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { jane, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Verify contact',
  id: 'screens-verifyUser',
  ...screenMeta,
};
export default meta;

const send = { fill: {} };
const both = {
  unverifiedContacts: () =>
    Promise.resolve([
      { name: 'email', value: jane.email },
      { name: 'phone_number', value: '+4915112340123' },
    ]),
};

export const EmailOnly = scene({ route: 'verifyUser' });

export const EmailOrPhone = scene({ route: 'verifyUser', script: both });

export const Pending = scene({ route: 'verifyUser', script: { sendAttributeCode: pending() }, then: [send] });

export const CodeNotSent = scene({
  route: 'verifyUser',
  script: { sendAttributeCode: fails('CodeDeliveryFailureException', 'errors.codeDeliveryFailure') },
  then: [send],
  shows: 'error',
});

export const LimitExceeded = scene({
  route: 'verifyUser',
  script: { sendAttributeCode: fails('LimitExceededException', 'errors.limitExceeded') },
  then: [send],
  shows: 'error',
});

export const Offline = scene({
  route: 'verifyUser',
  script: { sendAttributeCode: fails('NetworkError', 'errors.network') },
  then: [send],
  shows: 'error',
});
