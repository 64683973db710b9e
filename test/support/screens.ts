/**
 * Puts `<cognito-authenticator>` on any screen, in any theme and language, with no network:
 * the scripted client answers and the stories' recipes play the steps a person takes.
 * Used by the accessibility and screenshot tests.
 */
import { fixture, html } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import type { Route } from '../../src/core/index.ts';
import { createScriptedClient, fails } from '../../src/testing.ts';
import { perform, playRecipe, screenRecipes, type ScreenRecipe } from '../../stories/fake-client.ts';
import { waitUntil } from './harness.js';

/** Every screen with a form, plus the loading screen. */
export type ScreenName = Exclude<Route, 'idle' | 'authenticated'>;

export const SCREENS = Object.keys(screenRecipes).filter((route): route is ScreenName => route !== 'authenticated');

/** Screens in a state worth checking on its own: errors shown, a notice, a phone field. */
export const STATES = {
  'signIn-error': {
    ...screenRecipes.signIn,
    script: { signIn: fails('NotAuthorizedException', 'errors.notAuthorized') },
    steps: [{ fill: { username: 'jane', password: 'Wrong-Horse-9' } }],
  },
  'signUp-invalid': {
    ...screenRecipes.signUp,
    steps: [{ fill: { username: '', 'attribute:email': 'jane@', password: 'short', confirmPassword: 'shorter' } }],
  },
  'signUp-phone': {
    attributes: { 'initial-screen': 'signUp', 'login-mechanisms': 'phone_number', 'default-country': 'US' },
    steps: [],
  },
} satisfies Record<string, ScreenRecipe>;

export type StateName = keyof typeof STATES;

/** A theme as a page applies it: classes on the element, and the reader's colour scheme. */
export interface ThemeCase {
  readonly name: string;
  readonly classes: readonly string[];
  /** The reader prefers dark (the default theme follows it). */
  readonly prefersDark?: boolean;
}

/** The themes shipped in `themes/`, one file each. */
export const THEME_FILES = ['default', 'light', 'dark', 'high-contrast', 'brand-harbor', 'brand-meadow'] as const;

/** Every theme, and each in the dark scheme too. */
export const THEMES: readonly ThemeCase[] = [
  { name: 'default', classes: [] },
  { name: 'default-prefers-dark', classes: [], prefersDark: true },
  { name: 'dark', classes: ['cognito-theme-dark'] },
  { name: 'high-contrast', classes: ['cognito-theme-high-contrast'] },
  { name: 'high-contrast-dark', classes: ['cognito-theme-high-contrast', 'cognito-theme-dark'] },
  { name: 'harbor', classes: ['cognito-theme-harbor'] },
  { name: 'harbor-dark', classes: ['cognito-theme-harbor', 'cognito-theme-dark'] },
  { name: 'meadow', classes: ['cognito-theme-meadow'] },
  { name: 'meadow-dark', classes: ['cognito-theme-meadow', 'cognito-theme-dark'] },
];

/** Adds a stylesheet `<link>`, first in `<head>` (where a page's own CSS sits) or last; resolves once it has loaded. */
export async function addStylesheet(href: string, where: 'first' | 'last' = 'last'): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
  });
  if (where === 'first') document.head.prepend(link);
  else document.head.append(link);
  await loaded;
  return link;
}

/** Adds a `<link>` for every theme file to the page once; resolves when all are loaded. */
export async function loadThemes(): Promise<void> {
  await Promise.all(
    THEME_FILES.map(async (file) => {
      const href = `/themes/${file}.css`;
      if (!document.head.querySelector(`link[href="${href}"]`)) await addStylesheet(href);
    }),
  );
}

/** Applies a theme's classes to the element (and nothing else). */
export function applyTheme(element: HTMLElement, theme: ThemeCase): void {
  element.classList.remove(...THEMES.flatMap((t) => t.classes));
  element.classList.add(...theme.classes);
}

/** Waits until the element has drawn everything, the QR code (drawn lazily) and fonts included. */
export async function settled(element: CognitoAuthenticator): Promise<void> {
  await element.updateComplete;
  if (element.route === 'setupTotp')
    await waitUntil(() => element.querySelector('svg.cognito-qr__image'), 'the QR code');
  await document.fonts.ready;
}

/** A new element on `screen` (a route or a state), in `language`. */
export async function mountScreen(
  screen: ScreenName | StateName,
  options: { language?: string; variation?: string } = {},
): Promise<CognitoAuthenticator> {
  const recipe: ScreenRecipe = screen in STATES ? STATES[screen as StateName] : screenRecipes[screen as ScreenName];
  const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator></cognito-authenticator>`);
  for (const [name, value] of Object.entries(recipe.attributes ?? {})) element.setAttribute(name, value);
  if (options.language) element.setAttribute('language', options.language);
  if (options.variation) element.setAttribute('variation', options.variation);
  element.client = createScriptedClient(recipe.script);
  await playRecipe(element, recipe);
  await settled(element);
  return element;
}

export { perform };
