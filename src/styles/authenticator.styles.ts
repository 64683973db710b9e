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
import { aliasStyles } from './aliases.styles.js';
import { partStyles } from './parts.styles.js';

const host = unsafeCSS('cognito-authenticator');

/**
 * Everything the element draws in the light DOM, except the page's own nodes (a custom
 * challenge's content) and the insides of an SVG (whose geometry lives in presentation
 * attributes, which a revert would drop).
 */
const drawn = unsafeCSS(
  'cognito-authenticator .cognito-authenticator__screen, cognito-authenticator .cognito-authenticator__screen :where(:not(svg *, [data-part="custom-challenge"] *))',
);

/** Styles for the forms the element renders into the light DOM. */
export const authenticatorStyles: CSSResult = css`
  ${aliasStyles}


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

  ${partStyles}
`;
