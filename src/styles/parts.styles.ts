/**
 * The switch between signing in and creating an account, the links under a form, and the
 * alerts: the last rules of the element's stylesheet, in the order they apply.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const host = unsafeCSS('cognito-authenticator');

export const partStyles: CSSResult = css`
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
