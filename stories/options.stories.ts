/** The sign-in screen as page authors change it: what people sign in with, slots, words, layout. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scene, screenMeta, type AuthenticatorArgs } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Examples/Options',
  id: 'options',
  ...screenMeta,
};
export default meta;

export const SignInWithEmail = scene({ route: 'signIn' }, { args: { 'login-mechanisms': 'email' } });

export const SignInWithPhoneNumber = scene(
  { route: 'signIn' },
  { args: { 'login-mechanisms': 'phone_number', 'default-country': 'DE' } },
);

export const SignInWithAnyOfThem = scene(
  { route: 'signIn' },
  { args: { 'login-mechanisms': 'username email phone_number' } },
);

export const WithoutSignUp = scene({ route: 'signIn' }, { args: { 'hide-sign-up': true } });

export const HeaderAndFooter = scene({
  route: 'signIn',
  content: () => html`<div slot="header" class="storybook-brand">
      <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="currentColor" /></svg>
      <span>Example Shop</span>
    </div>
    <p slot="footer" class="storybook-note">Need help? Write to help@example.com.</p>
    <p slot="footer-signIn" class="storybook-note">By signing in you accept the terms of use.</p>`,
});

export const OwnWords = scene({
  route: 'signIn',
  properties: {
    translations: { en: { 'signIn.title': 'Welcome back', 'signIn.submit': 'Continue' } },
    formFields: { signIn: { username: { label: 'Member number', placeholder: 'e.g. 1234-5678' } } },
  },
});

export const Modal = scene(
  {
    route: 'signIn',
    content: () => html`<p>The page behind the dialog cannot be reached until someone signs in.</p>`,
  },
  { args: { variation: 'modal' } },
);

export const LongerText = scene({ route: 'signIn' }, { args: { language: 'en-XA' } });

export const RightToLeft = scene({ route: 'signIn' }, { args: { language: 'ar' } });
