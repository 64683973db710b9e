/**
 * The themes the toolbar offers: the built-in tokens, and every `themes/*.css` found when
 * Storybook is built. A theme only sets tokens under a selector of its own (a class such
 * as `.cognito-theme-dark`, or an attribute such as `[data-cognito-theme="dark"]`); that
 * selector is read from the file, so a new theme needs no change here.
 */

import { themeOf, type Theme } from './theme-files.js';

export type { Theme };

export const BUILT_IN = 'built-in';

const files = import.meta.glob<string>('../themes/*.css', { query: '?raw', import: 'default', eager: true });

/** Every theme file, by name, in alphabetical order. */
export const themes: ReadonlyMap<string, Theme> = new Map(
  Object.entries(files)
    .map(([path, css]) => themeOf(path, css))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((theme) => [theme.name, theme]),
);

/** Turns a theme's switch on (or off) on one element. */
export function switchTheme(element: Element, theme: Theme, on: boolean): void {
  for (const name of theme.classes) element.classList.toggle(name, on);
  for (const [name, value] of theme.attributes) {
    if (on) element.setAttribute(name, value);
    else element.removeAttribute(name);
  }
}

let sheet: HTMLStyleElement | undefined;

/** Puts the theme's CSS in the page (only the chosen one: a theme scoped too widely cannot leak into another). */
export function loadTheme(theme: Theme | undefined): void {
  if (!sheet) {
    sheet = document.createElement('style');
    sheet.dataset.storybookTheme = '';
    document.head.append(sheet);
  }
  if (sheet.textContent !== (theme?.css ?? '')) sheet.textContent = theme?.css ?? '';
}
