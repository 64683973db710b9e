/**
 * The rules only the screens after sign-in need: the QR code and setup key, lists of
 * choices and the password policy checklist. Loaded with the first of those screens and
 * adopted then beside the element's stylesheet (`authenticator.styles.ts`), after it; like
 * it, every selector is anchored at `cognito-authenticator` and every value read through
 * a private alias.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const host = unsafeCSS('cognito-authenticator');

export const screenStyles: CSSResult = css`
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
`;
