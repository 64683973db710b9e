/**
 * The element's light-DOM styles. Every selector is anchored at `cognito-authenticator`
 * (page CSS such as resets cannot reach in through specificity games, and nothing here
 * reaches out), every value is a token read through a private alias.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const host = unsafeCSS('cognito-authenticator');

/** Styles for the forms the element renders into the light DOM. */
export const authenticatorStyles: CSSResult = css`
  ${host} {
    --_font-family: var(--cognito-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--cognito-font-size-m, 1rem);
    --_font-size-s: var(--cognito-font-size-s, 0.875rem);
    --_font-size-l: var(--cognito-font-size-l, 1.5rem);
    --_font-weight-bold: var(--cognito-font-weight-bold, 600);
    --_line-height: var(--cognito-line-height, 1.5);
    --_color-text: var(--cognito-color-text, #1b1f24);
    --_color-muted: var(--cognito-color-muted, #57606a);
    --_color-surface: var(--cognito-color-surface, #ffffff);
    --_color-border: var(--cognito-color-border, #8c959f);
    --_color-primary: var(--cognito-color-primary, #0b5cad);
    --_color-primary-hover: var(--cognito-color-primary-hover, #094a8c);
    --_color-on-primary: var(--cognito-color-on-primary, #ffffff);
    --_color-focus: var(--cognito-color-focus, #0b5cad);
    --_color-error: var(--cognito-color-error, #b3261e);
    --_color-error-surface: var(--cognito-color-error-surface, #fdecea);
    --_color-success: var(--cognito-color-success, #1a7f37);
    --_color-success-surface: var(--cognito-color-success-surface, #e6f4ea);
    --_space-xs: var(--cognito-space-xs, 0.25rem);
    --_space-s: var(--cognito-space-s, 0.5rem);
    --_space-m: var(--cognito-space-m, 1rem);
    --_space-l: var(--cognito-space-l, 1.5rem);
    --_radius: var(--cognito-radius-m, 0.5rem);
    --_border-width: var(--cognito-border-width, 1px);
    --_focus-width: var(--cognito-focus-width, 3px);
    --_card-max-width: var(--cognito-card-max-width, 28rem);
    --_card-shadow: var(--cognito-card-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.08));
    --_target-size: var(--cognito-target-size, 2.75rem);
    --_qr-size: var(--cognito-qr-size, 11rem);
    --_qr-color: var(--cognito-qr-color, #000000);
    --_qr-background: var(--cognito-qr-background, #ffffff);

    display: block;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }

  ${host} :where(.cognito-screen, .cognito-screen *) {
    box-sizing: border-box;
  }

  ${host} .cognito-screen {
    max-inline-size: var(--_card-max-width);
    margin-inline: auto;
    padding: var(--_space-l);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_card-shadow);
  }

  ${host} .cognito-screen__title {
    margin: 0 0 var(--_space-m);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
  }

  ${host} .cognito-screen__title:focus {
    outline: none;
  }

  ${host} .cognito-screen__text {
    margin: 0 0 var(--_space-m);
    color: var(--_color-muted);
  }

  ${host} .cognito-form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0;
  }

  ${host} .cognito-field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  ${host} .cognito-field__label {
    font-weight: var(--_font-weight-bold);
  }

  ${host} .cognito-field__control {
    display: flex;
    gap: var(--_space-s);
  }

  ${host} .cognito-field__input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: var(--_target-size);
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    font: inherit;
  }

  ${host} .cognito-field__select {
    flex: 0 1 9rem;
    min-inline-size: 0;
    min-block-size: var(--_target-size);
    margin: 0;
    padding: var(--_space-s);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    font: inherit;
  }

  ${host} .cognito-field__select:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
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
    margin: 0;
  }

  ${host} .cognito-qr__image {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }

  ${host} .cognito-qr__background {
    fill: var(--_qr-background);
  }

  ${host} .cognito-qr__modules {
    fill: var(--_qr-color);
  }

  ${host} .cognito-qr__secret {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    gap: var(--_space-s);
    align-items: flex-start;
  }

  ${host} .cognito-qr__key {
    font-family: var(--cognito-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: var(--_font-size);
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
    background: var(--cognito-modal-backdrop, rgb(0 0 0 / 0.5));
  }

  ${host} .cognito-choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: none;
  }

  ${host} .cognito-choice {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-m);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  ${host} .cognito-choice__input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  ${host} .cognito-choice__input:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
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

  ${host} .cognito-field__input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }

  ${host} .cognito-field__hint,
  ${host} .cognito-field__error {
    margin: 0;
    font-size: var(--_font-size-s);
  }

  ${host} .cognito-field__hint {
    color: var(--_color-muted);
  }

  ${host} .cognito-field__error {
    color: var(--_color-error);
  }

  ${host} :is(.cognito-button, .cognito-field__toggle, .cognito-link) {
    min-block-size: var(--_target-size);
    margin: 0;
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  ${host} :is(.cognito-button, .cognito-field__toggle, .cognito-link, .cognito-field__input):focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  ${host} .cognito-button {
    padding: var(--_space-s) var(--_space-m);
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    border: var(--_border-width) solid var(--_color-primary);
    font-weight: var(--_font-weight-bold);
  }

  ${host} .cognito-button:hover {
    background: var(--_color-primary-hover);
  }

  ${host} .cognito-button[aria-disabled='true'] {
    cursor: progress;
  }

  ${host} .cognito-field__toggle,
  ${host} .cognito-button--secondary {
    padding: var(--_space-s) var(--_space-m);
    color: var(--_color-primary);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
  }

  ${host} .cognito-link {
    padding: 0 var(--_space-xs);
    color: var(--_color-primary);
    background: none;
    border: none;
    text-decoration: underline;
  }

  ${host} .cognito-screen__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-m);
    color: var(--_color-muted);
  }

  ${host} .cognito-alert {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    border-inline-start: var(--_focus-width) solid currentcolor;
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
    ${host} :is(.cognito-button, .cognito-field__input) {
      transition: background-color var(--cognito-motion-duration, 120ms) ease;
    }
  }
`;
