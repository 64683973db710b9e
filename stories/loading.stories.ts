import type { Meta } from '@storybook/web-components-vite';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Loading',
  id: 'screens-setup',
  ...screenMeta,
};
export default meta;

/** While a stored session is restored, before any form. */
export const RestoringSession = scene({ route: 'setup' });
