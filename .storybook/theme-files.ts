/**
 * How a theme file is switched on: the classes and attributes its token rules are scoped
 * to, read from its CSS.
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

/** A theme file (its path and its CSS) as the toolbar uses it. */
export function themeOf(path: string, css: string): Theme {
  const name = path.replace(/^.*\//u, '').replace(/\.css$/u, '');
  const selectors = tokenSelectors(css)
    .join(' ')
    .replace(/:not\([^)]*\)/gu, '');
  const classes = new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/gu)].map(([, found = '']) => found));
  const attributes = new Map<string, string>();
  for (const [, attribute = '', value = ''] of selectors.matchAll(
    /\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*["']?([^"'\]]*)["']?\s*)?\]/gu,
  )) {
    if (!NOT_A_SWITCH.has(attribute)) attributes.set(attribute, value);
  }
  return { name, css, classes: [...classes], attributes: [...attributes] };
}
