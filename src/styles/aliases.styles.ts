/**
 * The private aliases (`--_*`), defined once on the host: each reads its public token
 * (`--cognito-*`), with the default the element uses when no theme sets it. Every rule in
 * `authenticator.styles.ts` reads these, never a public token itself.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const host = unsafeCSS('cognito-authenticator');

/**
 * Declarations the CSS checker of lit-analyzer does not know yet (Chromium, Firefox and
 * Safari all have them): written as plain text so the check stays on for everything else.
 */
const colourScheme = unsafeCSS(
  'cognito-authenticator { color-scheme: var(--_color-scheme); accent-color: var(--_color-primary); }',
);

/**
 * The aliases, a line each: `name: default` defines `--_name: var(--cognito-name, default)`;
 * `name=token: default` reads `--cognito-token` instead, where the public name says more.
 * Blank lines group them: colours, typography, space and shape, card, fields, buttons,
 * alerts and the rest. A table rather than CSS because every page ships it: written out as
 * declarations it costs some 280 more bytes after compression.
 */
const ALIASES = `
color-scheme: light dark
color-text: light-dark(#1b1f24, #e6edf3)
color-muted: light-dark(#4f5963, #a3adb8)
color-surface: light-dark(#ffffff, #161b22)
color-border: light-dark(#6e7781, #7d8793)
color-primary: light-dark(#0b5cad, #6cb1ff)
color-primary-hover: light-dark(#094a8c, #93c6ff)
color-primary-active: light-dark(#073a6e, #b7d9ff)
color-on-primary: light-dark(#ffffff, #0d1117)
color-focus: light-dark(#0b5cad, #6cb1ff)
color-error: light-dark(#b3261e, #ff8a80)
color-error-surface: light-dark(#fdecea, #3a1d1c)
color-success: light-dark(#1a7431, #6fdd8b)
color-success-surface: light-dark(#e6f4ea, #132a1c)

font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif
font-family-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace
font-size=font-size-m: medium
font-size-s: 0.875em
font-size-l: 1.5em
font-weight=font-weight-normal: 400
font-weight-bold: 600
line-height: 1.5
line-height-tight: 1.25

space-xs: 0.25em
space-s: 0.5em
space-m: 1em
space-l: 1.5em
radius-s: 0.25em
radius-m: 0.5em
radius-l: 0.75em
border-width: 1px
focus-width: 3px
focus-offset: 2px
shadow=shadow-m: 0 1px 3px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.08)
motion-duration: 120ms
motion-easing: ease
target-size: 2.75em

card-background: var(--_color-surface)
card-border-color: var(--_color-border)
card-border-width: var(--_border-width)
card-radius: var(--_radius-l)
card-padding: var(--_space-l)
card-shadow: var(--_shadow)
card-max-width: 28em

field-background: var(--_color-surface)
field-text-color: var(--_color-text)
field-placeholder-color: var(--_color-muted)
field-border-color: var(--_color-border)
field-border-color-invalid: var(--_color-error)
field-border-width: var(--_border-width)
field-radius: var(--_radius-m)
field-padding-block: var(--_space-s)
field-padding-inline: var(--_space-m)
field-label-weight=field-label-font-weight: var(--_font-weight-bold)
field-gap: var(--_space-m)
select-width=field-select-width: 9em
choice-size=choice-control-size: 1.5em

button-background: var(--_color-primary)
button-background-hover: var(--_color-primary-hover)
button-background-active: var(--_color-primary-active)
button-text-color: var(--_color-on-primary)
button-border-color: var(--_button-background)
button-radius: var(--_radius-m)
button-padding-block: var(--_space-s)
button-padding-inline: var(--_space-m)
button-font-weight: var(--_font-weight-bold)
button-secondary-background: var(--_color-surface)
button-secondary-background-hover: light-dark(#eef3f9, #21262d)
button-secondary-text-color: var(--_color-primary)
button-secondary-border-color: var(--_color-border)
link-color: var(--_color-primary)
link-color-hover: var(--_color-primary-hover)
link-decoration: underline
tabs-color: var(--_color-muted)
tabs-color-current: var(--_color-primary)
tabs-border-color: var(--_divider-color)
tabs-indicator-width: var(--_focus-width)
tabs-font-weight: var(--_font-weight-bold)

alert-radius: var(--_radius-m)
alert-padding-block: var(--_space-s)
alert-padding-inline: var(--_space-m)
alert-border-width: var(--_focus-width)
divider-color: var(--_color-border)
divider-width: var(--_border-width)
qr-size: 11em
qr-text-width=qr-text-min-width: 10em
qr-color: #000000
qr-background: #ffffff
modal-backdrop: rgb(0 0 0 / 0.5)
`;

const aliases = unsafeCSS(
  `cognito-authenticator{${ALIASES.split('\n')
    .filter(Boolean)
    .map((line) => {
      const [names = '', value = ''] = line.split(': ');
      const [alias = '', token = alias] = names.split('=');
      return `--_${alias}: var(--cognito-${token}, ${value});`;
    })
    .join('')}}`,
);

/** The tokens' private aliases, on the host. */
export const aliasStyles: CSSResult = css`
  ${colourScheme}
  ${aliases}

  ${host} {
    display: block;
    color: var(--_color-text);
    /* Every inherited text property, so the page's own body text settings stay outside. */
    font: normal var(--_font-weight) var(--_font-size) / var(--_line-height) var(--_font-family);
    font-kerning: auto;
    font-synthesis: weight style;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    word-break: normal;
    hyphens: manual;
    cursor: auto;
    -webkit-font-smoothing: auto;
  }
`;
