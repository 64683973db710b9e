import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Passwordless/Password, username first',
  id: 'screens-signInPassword',
  ...screenMeta,
};
export default meta;

const password = { fill: { password: 'Correct-Horse-9' } };

export const Empty = scene({ route: 'signInPassword' });

export const ValidationErrors = scene({ route: 'signInPassword', then: [{ fill: {} }], shows: 'fieldError' });

export const Pending = scene({ route: 'signInPassword', script: { startUserAuth: pending() }, then: [password] });

export const IncorrectPassword = scene({
  route: 'signInPassword',
  script: { startUserAuth: fails('NotAuthorizedException', 'errors.notAuthorized') },
  then: [password],
  shows: 'error',
});
