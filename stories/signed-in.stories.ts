import type { Meta } from '@storybook/web-components-vite';
import { exampleApp, scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Signed in',
  id: 'screens-authenticated',
  ...screenMeta,
};
export default meta;

/** Once signed in, the element shows the app it wraps (its default slot) and no form. */
export const ShowsTheApp = scene({ route: 'authenticated', content: exampleApp });
