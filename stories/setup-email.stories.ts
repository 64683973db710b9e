import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { jane, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Set up email codes',
  id: 'screens-setupEmail',
  ...screenMeta,
};
export default meta;

const email = { fill: { email: jane.email } };

export const Empty = scene({ route: 'setupEmail' });

export const Filled = scene({ route: 'setupEmail', then: [{ ...email, submit: false }] });

export const ValidationErrors = scene({
  route: 'setupEmail',
  then: [{ fill: { email: 'jane@example' } }],
  shows: 'fieldError',
});

export const Pending = scene({ route: 'setupEmail', script: { respondToChallenge: pending() }, then: [email] });

export const CodeNotSent = scene({
  route: 'setupEmail',
  script: { respondToChallenge: fails('CodeDeliveryFailureException', 'errors.codeDeliveryFailure') },
  then: [email],
  shows: 'error',
});

export const InvalidAddress = scene({
  route: 'setupEmail',
  script: { respondToChallenge: fails('InvalidParameterException', 'errors.invalidParameter') },
  then: [email],
  shows: 'error',
});

export const Offline = scene({
  route: 'setupEmail',
  script: { respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [email],
  shows: 'error',
});
