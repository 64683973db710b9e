import type { Meta } from '@storybook/web-components-vite';
import { fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Passwordless/Offer of a passkey',
  id: 'screens-passkeyPrompt',
  ...screenMeta,
};
export default meta;

const create = { fill: {} };

export const Offer = scene({ route: 'passkeyPrompt' });

export const Creating = scene({ route: 'passkeyPrompt', script: { registerPasskey: pending() }, then: [create] });

export const Created = scene({ route: 'passkeyPrompt', then: [create], shows: 'notice' });

export const AlreadyOnThisDevice = scene({
  route: 'passkeyPrompt',
  script: { registerPasskey: fails('PasskeyExists', 'errors.passkeyExists') },
  then: [create],
  shows: 'error',
});

export const Cancelled = scene({
  route: 'passkeyPrompt',
  script: { registerPasskey: fails('PasskeyCancelled', 'errors.passkeyCancelled') },
  then: [create],
  shows: 'error',
});
