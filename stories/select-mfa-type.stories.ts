import type { Meta } from '@storybook/web-components-vite';
import { challenge, fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Choose a second step',
  id: 'screens-selectMfaType',
  ...screenMeta,
};
export default meta;

const choose = { fill: {} };
const setUp = { signIn: challenge({ kind: 'setupMfa', options: ['totp', 'email'] }) };

export const ChooseHowToSignIn = scene({ route: 'selectMfaType' });

export const EmailChosen = scene({ route: 'selectMfaType', then: [{ press: 'input[value="email"]' }] });

export const ChooseWhatToSetUp = scene({ route: 'selectMfaType', script: setUp });

export const Pending = scene({ route: 'selectMfaType', script: { respondToChallenge: pending() }, then: [choose] });

export const Offline = scene({
  route: 'selectMfaType',
  script: { respondToChallenge: fails('NetworkError', 'errors.network') },
  then: [choose],
  shows: 'error',
});

export const TooManyRequests = scene({
  route: 'selectMfaType',
  script: { respondToChallenge: fails('TooManyRequestsException', 'errors.tooManyRequests') },
  then: [choose],
  shows: 'error',
});
