/**
 * The element's side of sign-in through the Cognito domain: the federation flow for the
 * machine, the client that goes to the domain and finishes what comes back, and the
 * providers' buttons. A chunk of its own, loaded only by a page that offers providers or
 * comes back from its domain.
 */
import type { AuthenticatorConfig } from '../../core/config.js';
import type { FlowKit } from '../../core/flows/kit.js';
import { createFederationFlow } from '../../core/flows/federation.js';
import type { AuthClient } from '../../core/operations.js';
import type { AuthFailure } from '../../core/types.js';
import {
  domainSettings,
  pageTools,
  withFederation,
  type AttemptStorage,
  type DomainSettings,
} from '../../cognito/federation.js';
import type { FederationSettings } from './config.js';
import { providerButtons } from './screens/federation.js';

/** What the element lends this chunk. */
export interface ElementTools {
  readonly fail: (failure: AuthFailure, cause?: unknown) => Error;
  readonly claimsOf: (jwt: string) => Record<string, unknown>;
}

interface Host extends FederationSettings {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly language: string;
}

/** The page's session storage, or memory where it is refused (attempts then last as long as the page). */
function attemptStorage(): AttemptStorage {
  try {
    if (typeof sessionStorage !== 'undefined') return sessionStorage;
  } catch {
    // storage blocked: memory below
  }
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
  };
}

export function federationSettings(kit: FlowKit) {
  const flow = createFederationFlow(kit);
  return {
    config: (host: Host): Partial<AuthenticatorConfig> => ({ providers: host.providers, flows: [flow] }),
    /** The client with the Cognito domain; a configuration error without a good domain. */
    client(client: AuthClient, host: Host, tools: ElementTools): AuthClient {
      let settings: DomainSettings;
      try {
        settings = domainSettings({
          domain: host.domain,
          userPoolId: host.userPoolId,
          clientId: host.clientId,
          redirectUri: host.redirectUri,
          scopes: host.oauthScopes,
        });
      } catch (error) {
        throw tools.fail(
          { code: host.domain ? 'InvalidDomain' : 'ProvidersNeedDomain', key: 'errors.configuration' },
          error,
        );
      }
      return withFederation(client, settings, {
        storage: attemptStorage(),
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        ...tools,
        ...pageTools(() => host.language || undefined),
      });
    },
    buttons: providerButtons,
  };
}

export type Federation = ReturnType<typeof federationSettings>;
