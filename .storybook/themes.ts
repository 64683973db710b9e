/**
 * The themes the toolbar offers: the built-in tokens, and every `themes/*.css` found when
 * Storybook is built. A theme only sets tokens under a selector of its own (a class such
 * as `.cognito-theme-dark`, or an attribute such as `[data-cognito-theme="dark"]`); that
 * selector is read from the file, so a new theme needs no change here.
 */

export interface Theme {
  /** The file's name without `.css`, e.g. `dark`. */
  readonly name: string;
  readonly css: string;
  /** Classes the theme's selectors ask for. */
  readonly classes: readonly string[];
  /** Attributes the theme's selectors ask for, with their values. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
}

export const BUILT_IN = 'built-in';

const files = import.meta.glob<string>('../themes/*.css', { query: '?raw', import: 'default', eager: true });

/** Attributes a selector may test that are not the theme's own switch. */
const NOT_A_SWITCH = new Set(['dir', 'lang', 'hidden', 'open']);

/** The selectors of the rules that set `--cognito-*` tokens, without comments and at-rules. */
function tokenSelectors(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  const selectors: string[] = [];
  for (const match of plain.matchAll(/([^{}@;]+)\{([^{}]*)\}/gu)) {
    const [, selector = '', body = ''] = match;
    if (body.includes('--cognito-')) selectors.push(...selector.split(',').map((part) => part.trim()));
  }
  return selectors;
}

function themeOf(path: string, css: string): Theme {
  const name = path.replace(/^.*\//u, '').replace(/\.css$/u, '');
  const selectors = tokenSelectors(css).join(' ').replace(/:not\([^)]*\)/gu, '');
  const classes = new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/gu)].map(([, found = '']) => found));
  const attributes = new Map<string, string>();
  for (const [, attribute = '', value = ''] of selectors.matchAll(/\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*["']?([^"'\]]*)["']?\s*)?\]/gu)) {
    if (!NOT_A_SWITCH.has(attribute)) attributes.set(attribute, value);
  }
  return { name, css, classes: [...classes], attributes: [...attributes] };
}

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
