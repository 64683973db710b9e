import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Signed in',
  id: 'screens-authenticated',
  ...screenMeta,
};
export default meta;

/** Once signed in, the element shows the app it wraps (its default slot) and no form. */
export const ShowsTheApp = scene({
  route: 'authenticated',
  content: () => html`<main class="storybook-app">
    <h1>Example app</h1>
    <p>Your content, shown once the user is signed in.</p>
    <button type="button" @click=${(event: Event) => (event.currentTarget as Element).closest('cognito-authenticator')?.signOut()}>Sign out</button>
  </main>`,
});
