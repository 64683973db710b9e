/**
 * Storybook for design review: every screen and state of `<cognito-authenticator>`,
 * driven by a scripted client (no user pool, no network), with toolbars for the themes in
 * `themes/` and every language in `locales/`.
 *
 * `npm run storybook` (dev) and `npm run build-storybook` (static, into storybook-static/)
 * generate custom-elements.json first; the docs read the element's API from it.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/docs/*.mdx', '../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    // Nothing leaves the machine: no usage data, no "what's new" or version lookups.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig) {
    // Storybook's own bundles are large; the build log keeps to warnings and errors.
    return { ...viteConfig, logLevel: 'warn', build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 } };
  },
};

export default config;
