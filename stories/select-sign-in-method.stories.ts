import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Passwordless/Choose how to sign in',
  id: 'screens-selectSignInMethod',
  ...screenMeta,
};
export default meta;

const choose = { fill: {} };

export const ChooseHowToSignIn = scene({ route: 'selectSignInMethod' });

export const Pending = scene({
  route: 'selectSignInMethod',
  script: { respondToChallenge: pending() },
  then: [choose],
});

export const Offline = scene({
  route: 'selectSignInMethod',
  script: { respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [choose],
  shows: 'error',
});
