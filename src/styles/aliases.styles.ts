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

/** The tokens' private aliases, on the host. */
export const aliasStyles: CSSResult = css`
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
`;
