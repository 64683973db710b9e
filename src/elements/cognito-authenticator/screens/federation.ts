/**
 * The buttons of the federation flow: one per provider the page offers, above the sign-in
 * and sign-up forms, then "or". Part of the federation chunk, loaded only by a page that
 * offers providers; it takes lit's `html` handed in, as importing lit here would split lit
 * out of the file the password journey loads first.
 */
import type { html as Html, TemplateResult } from 'lit';
import type { ScreenView } from './view.js';

/** The names people know the social providers by; a provider of the page's own goes by `labels`, else its name. */
const KNOWN: Readonly<Record<string, string>> = {
  Google: 'Google',
  Facebook: 'Facebook',
  SignInWithApple: 'Apple',
  LoginWithAmazon: 'Amazon',
};

export function providerButtons(
  html: typeof Html,
  view: ScreenView,
  labels: Readonly<Record<string, string>>,
): TemplateResult {
  const { t } = view.translator;
  const key = view.state.route === 'signUp' ? 'federation.signUpWith' : 'federation.signInWith';
  const pending = view.state.pending;
  return html`<div class="cognito-providers">
      ${view.config.providers.map(
        (provider) =>
          html`<button
            class="cognito-button cognito-button--secondary cognito-provider"
            type="button"
            data-provider=${provider}
            aria-disabled=${pending ? 'true' : 'false'}
            @click=${() => {
              if (!view.state.pending) view.send({ type: 'signInWithProvider', provider });
            }}
          >
            ${t(key, { provider: labels[provider] ?? KNOWN[provider] ?? provider })}
          </button>`,
      )}
    </div>
    <p class="cognito-divider"><span>${t('federation.or')}</span></p>`;
}
