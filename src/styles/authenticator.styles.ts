/**
 * The element's light-DOM styles. Every selector is anchored at `cognito-authenticator`, so
 * nothing here reaches the page; every value is a token read through a private alias
 * (`--_*`), so a theme only sets `--cognito-*` custom properties.
 *
 * Three tiers: global tokens (`--cognito-color-primary`, `--cognito-space-m`), component
 * tokens that default to them (`--cognito-button-background`), and the private aliases
 * defined once on the host and read everywhere below.
 *
 * Sizes are in `em` of the element's own text, which starts at the reader's default size
 * (`medium`), never at the page's root font size: a page that sets `html { font-size: 62.5% }`
 * does not shrink the element, and a reader who enlarges text enlarges it.
 *
 * Colours are `light-dark()` pairs: the element follows `color-scheme`, which is
 * `light dark` (the reader's preference) unless `--cognito-color-scheme` says otherwise.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const host = unsafeCSS('cognito-authenticator');

/**
 * Everything the element draws in the light DOM, except the page's own nodes (a custom
 * challenge's content) and the insides of an SVG (whose geometry lives in presentation
 * attributes, which a revert would drop).
 */
const drawn = unsafeCSS(
  'cognito-authenticator .cognito-authenticator__screen, cognito-authenticator .cognito-authenticator__screen :where(:not(svg *, [data-part="custom-challenge"] *))',
);

/**
 * Declarations the CSS checker of lit-analyzer does not know yet (Chromium, Firefox and
 * Safari all have them): written as plain text so the check stays on for everything else.
 */
const colourScheme = unsafeCSS(
  'cognito-authenticator { color-scheme: var(--_color-scheme); accent-color: var(--_color-primary); }',
);

/** Styles for the forms the element renders into the light DOM. */
export const authenticatorStyles: CSSResult = css`
  ${colourScheme}

  ${host} {
    /* Colour scheme and colours */
    --_color-scheme: var(--cognito-color-scheme, light dark);
    --_color-text: var(--cognito-color-text, light-dark(#1b1f24, #e6edf3));
    --_color-muted: var(--cognito-color-muted, light-dark(#4f5963, #a3adb8));
    --_color-surface: var(--cognito-color-surface, light-dark(#ffffff, #161b22));
    --_color-border: var(--cognito-color-border, light-dark(#6e7781, #7d8793));
    --_color-primary: var(--cognito-color-primary, light-dark(#0b5cad, #6cb1ff));
    --_color-primary-hover: var(--cognito-color-primary-hover, light-dark(#094a8c, #93c6ff));
    --_color-primary-active: var(--cognito-color-primary-active, light-dark(#073a6e, #b7d9ff));
    --_color-on-primary: var(--cognito-color-on-primary, light-dark(#ffffff, #0d1117));
    --_color-focus: var(--cognito-color-focus, light-dark(#0b5cad, #6cb1ff));
    --_color-error: var(--cognito-color-error, light-dark(#b3261e, #ff8a80));
    --_color-error-surface: var(--cognito-color-error-surface, light-dark(#fdecea, #3a1d1c));
    --_color-success: var(--cognito-color-success, light-dark(#1a7431, #6fdd8b));
    --_color-success-surface: var(--cognito-color-success-surface, light-dark(#e6f4ea, #132a1c));

    /* Typography */
    --_font-family: var(--cognito-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-family-mono: var(--cognito-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace);
    --_font-size: var(--cognito-font-size-m, medium);
    --_font-size-s: var(--cognito-font-size-s, 0.875em);
    --_font-size-l: var(--cognito-font-size-l, 1.5em);
    --_font-weight: var(--cognito-font-weight-normal, 400);
    --_font-weight-bold: var(--cognito-font-weight-bold, 600);
    --_line-height: var(--cognito-line-height, 1.5);
    --_line-height-tight: var(--cognito-line-height-tight, 1.25);

    /* Space, shape, depth and motion */
    --_space-xs: var(--cognito-space-xs, 0.25em);
    --_space-s: var(--cognito-space-s, 0.5em);
    --_space-m: var(--cognito-space-m, 1em);
    --_space-l: var(--cognito-space-l, 1.5em);
    --_radius-s: var(--cognito-radius-s, 0.25em);
    --_radius-m: var(--cognito-radius-m, 0.5em);
    --_radius-l: var(--cognito-radius-l, 0.75em);
    --_border-width: var(--cognito-border-width, 1px);
    --_focus-width: var(--cognito-focus-width, 3px);
    --_focus-offset: var(--cognito-focus-offset, 2px);
    --_shadow: var(--cognito-shadow-m, 0 1px 3px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.08));
    --_motion-duration: var(--cognito-motion-duration, 120ms);
    --_motion-easing: var(--cognito-motion-easing, ease);
    --_target-size: var(--cognito-target-size, 2.75em);

    /* Card */
    --_card-background: var(--cognito-card-background, var(--_color-surface));
    --_card-border-color: var(--cognito-card-border-color, var(--_color-border));
    --_card-border-width: var(--cognito-card-border-width, var(--_border-width));
    --_card-radius: var(--cognito-card-radius, var(--_radius-l));
    --_card-padding: var(--cognito-card-padding, var(--_space-l));
    --_card-shadow: var(--cognito-card-shadow, var(--_shadow));
    --_card-max-width: var(--cognito-card-max-width, 28em);

    /* Fields */
    --_field-background: var(--cognito-field-background, var(--_color-surface));
    --_field-text-color: var(--cognito-field-text-color, var(--_color-text));
    --_field-placeholder-color: var(--cognito-field-placeholder-color, var(--_color-muted));
    --_field-border-color: var(--cognito-field-border-color, var(--_color-border));
    --_field-border-color-invalid: var(--cognito-field-border-color-invalid, var(--_color-error));
    --_field-border-width: var(--cognito-field-border-width, var(--_border-width));
    --_field-radius: var(--cognito-field-radius, var(--_radius-m));
    --_field-padding-block: var(--cognito-field-padding-block, var(--_space-s));
    --_field-padding-inline: var(--cognito-field-padding-inline, var(--_space-m));
    --_field-label-weight: var(--cognito-field-label-font-weight, var(--_font-weight-bold));
    --_field-gap: var(--cognito-field-gap, var(--_space-m));
    --_select-width: var(--cognito-field-select-width, 9em);
    --_choice-size: var(--cognito-choice-control-size, 1.5em);

    /* Buttons */
    --_button-background: var(--cognito-button-background, var(--_color-primary));
    --_button-background-hover: var(--cognito-button-background-hover, var(--_color-primary-hover));
    --_button-background-active: var(--cognito-button-background-active, var(--_color-primary-active));
    --_button-text-color: var(--cognito-button-text-color, var(--_color-on-primary));
    --_button-border-color: var(--cognito-button-border-color, var(--_button-background));
    --_button-radius: var(--cognito-button-radius, var(--_radius-m));
    --_button-padding-block: var(--cognito-button-padding-block, var(--_space-s));
    --_button-padding-inline: var(--cognito-button-padding-inline, var(--_space-m));
    --_button-font-weight: var(--cognito-button-font-weight, var(--_font-weight-bold));
    --_button-secondary-background: var(--cognito-button-secondary-background, var(--_color-surface));
    --_button-secondary-background-hover: var(--cognito-button-secondary-background-hover, light-dark(#eef3f9, #21262d));
    --_button-secondary-text-color: var(--cognito-button-secondary-text-color, var(--_color-primary));
    --_button-secondary-border-color: var(--cognito-button-secondary-border-color, var(--_color-border));
    --_link-color: var(--cognito-link-color, var(--_color-primary));
    --_link-color-hover: var(--cognito-link-color-hover, var(--_color-primary-hover));
    --_link-decoration: var(--cognito-link-decoration, underline);
    --_tabs-color: var(--cognito-tabs-color, var(--_color-muted));
    --_tabs-color-current: var(--cognito-tabs-color-current, var(--_color-primary));
    --_tabs-border-color: var(--cognito-tabs-border-color, var(--_divider-color));
    --_tabs-indicator-width: var(--cognito-tabs-indicator-width, var(--_focus-width));
    --_tabs-font-weight: var(--cognito-tabs-font-weight, var(--_font-weight-bold));

    /* Alerts, divider, QR code, modal */
    --_alert-radius: var(--cognito-alert-radius, var(--_radius-m));
    --_alert-padding-block: var(--cognito-alert-padding-block, var(--_space-s));
    --_alert-padding-inline: var(--cognito-alert-padding-inline, var(--_space-m));
    --_alert-border-width: var(--cognito-alert-border-width, var(--_focus-width));
    --_divider-color: var(--cognito-divider-color, var(--_color-border));
    --_divider-width: var(--cognito-divider-width, var(--_border-width));
    --_qr-size: var(--cognito-qr-size, 11em);
    --_qr-text-width: var(--cognito-qr-text-min-width, 10em);
    --_qr-color: var(--cognito-qr-color, #000000);
    --_qr-background: var(--cognito-qr-background, #ffffff);
    --_modal-backdrop: var(--cognito-modal-backdrop, rgb(0 0 0 / 0.5));

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

  /* The page's resets and element rules (input, button, label, *) stop here. */
  ${drawn} {
    all: revert;
    box-sizing: border-box;
    font: inherit;
  }

  ${host} .cognito-screen {
    max-inline-size: var(--_card-max-width);
    margin-inline: auto;
    padding: var(--_card-padding);
    background: var(--_card-background);
    border: var(--_card-border-width) solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    box-shadow: var(--_card-shadow);
  }

  ${host} .cognito-screen__title {
    margin: 0 0 var(--_space-m);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    line-height: var(--_line-height-tight);
  }

  ${host} .cognito-screen__title:focus {
    outline: none;
  }

  ${host} .cognito-screen__text {
    margin: 0 0 var(--_space-m);
    padding: 0;
    color: var(--_color-muted);
  }

  ${host} .cognito-form {
    display: flex;
    flex-direction: column;
    gap: var(--_field-gap);
    margin: 0;
  }

  ${host} .cognito-field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  ${host} .cognito-field__label {
    display: block;
    margin: 0;
    font-weight: var(--_field-label-weight);
  }

  ${host} .cognito-field__control {
    display: flex;
    gap: var(--_space-s);
  }

  ${host} :is(.cognito-field__input, .cognito-field__select) {
    min-inline-size: 0;
    min-block-size: var(--_target-size);
    margin: 0;
    color: var(--_field-text-color);
    background: var(--_field-background);
    border: var(--_field-border-width) solid var(--_field-border-color);
    border-radius: var(--_field-radius);
    font: inherit;
  }

  ${host} .cognito-field__input {
    flex: 1;
    padding: var(--_field-padding-block) var(--_field-padding-inline);
  }

  ${host} .cognito-field__input::placeholder {
    color: var(--_field-placeholder-color);
    opacity: 1;
  }

  ${host} .cognito-field__select {
    flex: 0 1 var(--_select-width);
    padding: var(--_field-padding-block) var(--_space-s);
  }

  ${host} .cognito-field__input[aria-invalid='true'] {
    border-color: var(--_field-border-color-invalid);
  }

  ${host} .cognito-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  ${host} .cognito-qr__body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
  }

  ${host} .cognito-qr__figure {
    flex: none;
    inline-size: var(--_qr-size);
    max-inline-size: 100%;
    margin: 0;
  }

  ${host} .cognito-qr__image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: hidden;
    shape-rendering: crispEdges;
  }

  ${host} .cognito-qr__background {
    fill: var(--_qr-background);
  }

  ${host} .cognito-qr__modules {
    fill: var(--_qr-color);
  }

  ${host} .cognito-qr__secret {
    display: flex;
    flex: 1 1 var(--_qr-text-width);
    flex-direction: column;
    gap: var(--_space-s);
    align-items: flex-start;
  }

  ${host} .cognito-qr__key {
    font-family: var(--_font-family-mono);
    font-size: inherit;
    overflow-wrap: anywhere;
  }

  ${host} .cognito-qr__status {
    margin: 0;
    color: var(--_color-success);
    font-size: var(--_font-size-s);
  }

  ${host} .cognito-modal {
    inline-size: min(100% - 2 * var(--_space-m), var(--_card-max-width));
    max-inline-size: none;
    margin: auto;
    padding: 0;
    color: inherit;
    background: none;
    border: none;
  }

  ${host} .cognito-modal::backdrop {
    background: var(--_modal-backdrop);
  }

  ${host} .cognito-choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: none;
  }

  ${host} .cognito-choices > legend {
    padding: 0;
  }

  ${host} .cognito-choice {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-block-size: var(--_target-size);
    padding-inline: var(--_field-padding-inline);
    border: var(--_field-border-width) solid var(--_field-border-color);
    border-radius: var(--_field-radius);
    cursor: pointer;
  }

  ${host} .cognito-choice__input {
    flex: none;
    inline-size: var(--_choice-size);
    block-size: var(--_choice-size);
    margin: 0;
  }

  ${host} .cognito-policy {
    color: var(--_color-muted);
    font-size: var(--_font-size-s);
  }

  ${host} .cognito-policy__label {
    margin: 0;
  }

  ${host} .cognito-policy__rules {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
  }

  ${host} .cognito-policy__rule::before {
    content: '○' / '';
    margin-inline-end: var(--_space-s);
  }

  ${host} .cognito-policy__rule[data-met='true'] {
    color: var(--_color-success);
  }

  ${host} .cognito-policy__rule[data-met='true']::before {
    content: '✓' / '';
  }

  ${host} :is(.cognito-field__hint, .cognito-field__error) {
    margin: 0;
    font-size: var(--_font-size-s);
  }

  ${host} .cognito-field__hint {
    color: var(--_color-muted);
  }

  ${host} .cognito-field__error {
    color: var(--_color-error);
  }

  ${host} :is(.cognito-button, .cognito-field__toggle, .cognito-link, .cognito-tabs__tab) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    margin: 0;
    font: inherit;
    text-align: center;
    cursor: pointer;
  }

  ${host} :is(.cognito-button, .cognito-field__toggle, .cognito-link, .cognito-tabs__tab, .cognito-field__input, .cognito-field__select, .cognito-choice__input):focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }

  ${host} .cognito-button {
    padding: var(--_button-padding-block) var(--_button-padding-inline);
    color: var(--_button-text-color);
    background: var(--_button-background);
    border: var(--_border-width) solid var(--_button-border-color);
    border-radius: var(--_button-radius);
    font-weight: var(--_button-font-weight);
  }

  ${host} .cognito-button:hover {
    background: var(--_button-background-hover);
  }

  ${host} .cognito-button:active {
    background: var(--_button-background-active);
  }

  ${host} .cognito-button[aria-disabled='true'] {
    cursor: progress;
  }

  ${host} :is(.cognito-field__toggle, .cognito-button--secondary) {
    padding: var(--_button-padding-block) var(--_button-padding-inline);
    color: var(--_button-secondary-text-color);
    background: var(--_button-secondary-background);
    border: var(--_border-width) solid var(--_button-secondary-border-color);
    border-radius: var(--_button-radius);
  }

  ${host} :is(.cognito-field__toggle, .cognito-button--secondary):hover {
    background: var(--_button-secondary-background-hover);
  }

  ${host} .cognito-link {
    justify-content: flex-start;
    padding: 0 var(--_space-xs);
    text-align: start;
    color: var(--_link-color);
    background: none;
    border: none;
    border-radius: var(--_radius-s);
    text-decoration: var(--_link-decoration);
  }

  ${host} .cognito-link:hover {
    color: var(--_link-color-hover);
  }

  ${host} .cognito-tabs {
    display: flex;
    margin: 0 0 var(--_space-m);
    border-block-end: var(--_divider-width) solid var(--_tabs-border-color);
  }

  ${host} .cognito-tabs__tab {
    flex: 1;
    padding: var(--_space-s) var(--_space-m);
    color: var(--_tabs-color);
    font-weight: var(--_tabs-font-weight);
    background: none;
    border: none;
    border-block-end: var(--_tabs-indicator-width) solid transparent;
  }

  ${host} .cognito-tabs__tab:hover,
  ${host} .cognito-tabs__tab[aria-current='page'] {
    color: var(--_tabs-color-current);
  }

  ${host} .cognito-tabs__tab[aria-current='page'] {
    border-block-end-color: var(--_tabs-color-current);
  }

  ${host} .cognito-screen__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    margin: var(--_space-s) 0 0;
    color: var(--_color-muted);
  }

  ${host} .cognito-form + .cognito-screen__footer {
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-s);
    border-block-start: var(--_divider-width) solid var(--_divider-color);
  }

  ${host} .cognito-alert {
    margin: 0;
    padding: var(--_alert-padding-block) var(--_alert-padding-inline);
    border-radius: var(--_alert-radius);
    border-inline-start: var(--_alert-border-width) solid currentcolor;
  }

  ${host} .cognito-alert:empty {
    display: none;
  }

  ${host} .cognito-alert--error {
    color: var(--_color-error);
    background: var(--_color-error-surface);
  }

  ${host} .cognito-alert--info {
    color: var(--_color-success);
    background: var(--_color-success-surface);
  }

  @media (prefers-reduced-motion: no-preference) {
    ${host} :is(.cognito-button, .cognito-field__toggle, .cognito-button--secondary, .cognito-field__input) {
      transition:
        background-color var(--_motion-duration) var(--_motion-easing),
        border-color var(--_motion-duration) var(--_motion-easing);
    }
  }
`;
