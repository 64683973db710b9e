/**
 * The federation flow: sign-in through the pool's Cognito domain with a provider (Google,
 * Apple, Facebook, Amazon, a company's SAML or OIDC provider). A provider's button on the
 * sign-in or sign-up screen sends the page to the provider; the answer comes back in the
 * address, which the session call finishes on the next load. The machine takes this flow
 * from `config.flows`, so a page without providers carries none of it.
 */
import type { FlowExtension } from './flow.js';
import type { FlowKit } from './kit.js';
import { kitByName } from './kit-names.js';

export function createFederationFlow(kit: FlowKit): FlowExtension {
  const { busy, on, onSignInResult, showFailure, stay } = kitByName(kit);
  return {
    user: {
      signInWithProvider: on('signInWithProvider', ['signIn', 'signUp'], (state, event, config) =>
        // Only a provider the page offers: anything else is not a button anyone could press.
        config.providers.includes(event.provider)
          ? busy(state, { type: 'federatedSignIn', provider: event.provider })
          : stay(state),
      ),
    },
    done: {
      federatedSignIn: (state, result, config) =>
        // Back from the browser's cache without signing in: the screen is usable again.
        result.kind === 'returned' ? stay({ ...state, pending: false }) : onSignInResult(state, result, config),
    },
    failed: {
      federatedSignIn: (state, error) => stay(showFailure(state, error)),
    },
  };
}
