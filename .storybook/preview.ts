/// <reference types="vite/client" />
/**
 * Every story gets the theme and the language chosen in the toolbar. A language written
 * right to left turns the whole canvas around (`dir="rtl"`), as it would a page.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { LANGUAGES, PSEUDO_LOCALE, directionOf } from '../src/i18n/languages.js';
import { TAG, authenticator, manifest } from '../stories/manifest.js';
import { BUILT_IN, loadTheme, switchTheme, themes } from './themes.js';
import './preview.css';

if (manifest) setCustomElementsManifest(manifest);
else console.error('custom-elements.json is missing: run `npm run analyze` before Storybook.');

/** A language's own name for itself, e.g. `Deutsch`. */
function nativeName(language: string): string {
  if (language === PSEUDO_LOCALE) return 'Pseudo-locale (accented, 40% longer)';
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

const withThemeAndLanguage: Decorator = (story, context) => {
  const language = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  const dir = directionOf(language);
  const theme = typeof context.globals.theme === 'string' ? themes.get(context.globals.theme) : undefined;
  loadTheme(theme);
  if (context.viewMode === 'story') {
    // The canvas is the page: it speaks the language and runs its way.
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }
  const frame = document.createElement('div');
  frame.className = 'storybook-frame';
  frame.lang = language;
  frame.dir = dir;
  const node = story();
  if (theme) {
    switchTheme(frame, theme, true);
    if (node instanceof Element && node.localName === TAG) switchTheme(node, theme, true);
  }
  frame.append(node instanceof Node ? node : typeof node === 'string' ? node : '');
  return frame;
};

/** The element's events (as its documentation lists them), shown in the Actions panel as they happen. */
const withEventActions: Decorator = (story) => {
  const node = story();
  if (node instanceof Element && node.localName === TAG) {
    for (const { name } of authenticator?.events ?? []) {
      const log = action(name);
      node.addEventListener(name, (event) => {
        log(event instanceof CustomEvent ? event.detail : event);
      });
    }
  }
  return node;
};

const preview: Preview = {
  // The first is the innermost: it gets the element itself, and the frame goes around both.
  decorators: [withEventActions, withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Theme (a file in themes/)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: BUILT_IN, title: 'Built-in tokens' },
          ...[...themes.keys()].map((name) => ({ value: name, title: name })),
        ],
      },
    },
    locale: {
      description: 'Language (a file in locales/)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [...LANGUAGES, PSEUDO_LOCALE].map((language) => ({
          value: language,
          title: `${nativeName(language)} (${language})`,
          right: directionOf(language) === 'rtl' ? 'RTL' : '',
        })),
      },
    },
  },
  initialGlobals: { theme: BUILT_IN, locale: 'en' },
  parameters: {
    options: {
      storySort: {
        order: [
          'Guides',
          ['Introduction', 'Getting started', 'Configuration', 'Theming', 'Languages', 'Accessibility'],
          'Reference',
          'Examples',
          ['Journeys', 'Options'],
          'Screens',
          [
            'Loading',
            'Sign in',
            'Sign up',
            'Confirm sign-up',
            'Confirm sign-in',
            'Choose a second step',
            'Set up an authenticator app',
            'Set up email codes',
            'New password',
            'Reset password',
            'Confirm password reset',
            'Verify contact',
            'Confirm contact',
            'Custom challenge',
            'Signed in',
          ],
        ],
      },
    },
    docs: { toc: true },
  },
};

export default preview;
