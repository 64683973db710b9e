/**
 * The authenticator's life on the page: a client made from the element's properties, the
 * journey started with it and stopped when the element leaves. A change to what identifies
 * the client starts a new one; any other setting is handed to the running journey, which
 * keeps its screen, its data and what was typed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createAuthenticator, type Authenticator, type StateListener } from '../../core/authenticator.js';
import type { AuthenticatorConfig } from '../../core/config.js';
import type { UserEvent } from '../../core/events.js';
import { flowKit } from '../../core/flows/kit.js';
import { withHooks, type AuthHooks } from '../../core/hooks.js';
import type { AuthClient } from '../../core/operations.js';
import { initialState, publicState, type AuthState } from '../../core/state.js';
import { AuthError, type AuthSession } from '../../core/types.js';
import { createCognitoClient } from '../../cognito/client.js';
import { decodeJwt } from '../../cognito/session-store.js';
import { loadEnglish } from '../../i18n/english.js';
import type { Federation } from './federation-settings.js';
import {
  CLIENT_SETTINGS,
  configOf,
  logConfigurationHelp,
  offersFederation,
  offersPasswordless,
  sameValue,
  type FederationSettings,
  type ClientSettings,
  type JourneySettings,
} from './config.js';

export interface AuthenticatorHost
  extends ReactiveControllerHost, HTMLElement, ClientSettings, JourneySettings, FederationSettings {
  readonly hooks: AuthHooks | undefined;
  readonly language: string;
}

/** The client a host's properties describe, or `undefined` while nothing is configured. */
function clientOf(host: AuthenticatorHost): AuthClient | undefined {
  if (host.client) return host.client;
  // Nothing configured yet (a framework may set the attributes later): wait for them.
  if (!host.userPoolId && !host.clientId) return undefined;
  return createCognitoClient({
    userPoolId: host.userPoolId,
    clientId: host.clientId,
    ...(host.region ? { region: host.region } : {}),
    ...(host.endpoint ? { endpoint: host.endpoint } : {}),
    authFlow: host.authFlow,
    userAuthPassword: host.userAuthPassword,
    ...(host.refreshFlow ? { refreshFlow: host.refreshFlow } : {}),
    storage: host.storage,
    timeoutMs: host.timeout,
  });
}

/** The host's hooks as they are when each call is made, so that changing them restarts nothing. */
function currentHooks(host: AuthenticatorHost): AuthHooks {
  return {
    validateSignUp: (input) => host.hooks?.validateSignUp?.(input),
    beforeCall: (call) => host.hooks?.beforeCall?.(call),
    afterCall: (call) => host.hooks?.afterCall?.(call),
  };
}

/** Where the element's other controllers hear of each change of state. */
export interface StateSource {
  /** The state shown now. */
  readonly state: AuthState;
  /** Calls `listener` after every change, whichever client is running; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void;
}

export class AuthenticatorController implements ReactiveController, StateSource {
  /** The state shown now. */
  state: AuthState = publicState(initialState);

  private readonly listeners = new Set<StateListener>();
  private authenticator: Authenticator | undefined;
  /** The client settings the running authenticator was made with; `undefined` when stopped. */
  private identity: readonly unknown[] | undefined;
  /** The passwordless part of the config, from the element's settings, once its chunk is loaded. */
  private passwordless: ((host: AuthenticatorHost) => Partial<AuthenticatorConfig>) | undefined;
  /** Sign-in through the Cognito domain, once its chunk is loaded. */
  federation: Federation | undefined;
  /** The flows on their way, if any (it never rejects: a failure shows on the sign-in screen). */
  flowsLoad: Promise<void> | undefined;
  /** The flow's chunk could not be fetched (offline): the sign-in screen says so, a reload tries again. */
  private flowsFailed = false;

  constructor(private readonly host: AuthenticatorHost) {
    host.addController(this);
  }

  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a journey is running (none while nothing is configured, or the configuration is wrong). */
  get running(): boolean {
    return this.authenticator !== undefined;
  }

  /** The settings in force. */
  get config(): AuthenticatorConfig {
    return this.authenticator?.config ?? configOf(this.host, this.extra());
  }

  /** The signed-in session, refreshed first when its tokens are about to expire; `null` when signed out. */
  currentSession(): Promise<AuthSession | null> {
    return this.authenticator?.currentSession() ?? Promise.resolve(null);
  }

  /** Sends what the person did to the running journey. */
  send(event: UserEvent): void {
    this.authenticator?.send(event);
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    // The flows the page offers come first: the journey starts once they are there.
    if (this.missingFlows()) {
      if (!this.flowsFailed) this.loadFlows();
      return;
    }
    const identity = CLIENT_SETTINGS.map((name) => this.host[name]);
    const same =
      this.identity?.length === identity.length && identity.every((value, i) => value === this.identity?.[i]);
    if (!same) {
      this.start(identity);
      return;
    }
    const config = configOf(this.host, this.extra());
    if (!this.authenticator || sameValue(config, this.authenticator.config)) return;
    this.authenticator.configure(config);
    // Sign-up hidden while it is shown: sign-in instead, since the screen is no longer offered.
    if (config.hideSignUp && this.state.route === 'signUp') this.send({ type: 'navigate', route: 'signIn' });
  }

  hostDisconnected(): void {
    // Moved in the DOM (as frameworks do) is back before the microtask: everything goes on.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.stop();
    });
  }

  private start(identity: readonly unknown[]): void {
    this.stop();
    this.identity = identity;
    let client: AuthClient | undefined;
    try {
      // Ways other than the password need choice-based sign-in; an app's own client is the app's to set up.
      if (!this.host.client && offersPasswordless(this.host) && this.host.authFlow !== 'USER_AUTH')
        throw new AuthError({ code: 'AuthMethodsNeedUserAuth', key: 'errors.configuration' });
      client = clientOf(this.host);
      if (client && this.federation)
        client = this.federation.client(client, this.host, {
          fail: (failure, cause) => new AuthError(failure, { cause }),
          claimsOf: decodeJwt,
        });
    } catch (error) {
      // A wrong configuration is the page author's to fix: say so in the console, show a generic message.
      logConfigurationHelp(error instanceof AuthError ? error.code : '', 'invalid configuration.');
      this.state = {
        ...publicState(initialState),
        route: 'signIn',
        error: { code: 'Configuration', key: 'errors.configuration' },
      };
      return;
    }
    if (!client) {
      this.state = publicState(initialState);
      return;
    }
    const hooked = withHooks(client, currentHooks(this.host));
    // A client the page made is the page's to dispose of: it may be handed to the element again.
    const notDisposed: AuthClient = { ...hooked };
    delete notDisposed.dispose;
    const authenticator = createAuthenticator({
      client: this.host.client ? notDisposed : hooked,
      config: configOf(this.host, this.extra()),
    });
    this.authenticator = authenticator;
    authenticator.subscribe((next, previous) => {
      this.onStateChanged(next, previous);
    });
    authenticator.start();
  }

  /** Whether a flow the page offers has not been loaded yet. */
  private missingFlows(): boolean {
    return (offersPasswordless(this.host) && !this.passwordless) || (offersFederation(this.host) && !this.federation);
  }

  /** The parts of the config the loaded flows add, their flows together. */
  private extra(): Partial<AuthenticatorConfig> {
    const passwordless = this.passwordless?.(this.host);
    const federation = this.federation?.config(this.host);
    return { ...passwordless, ...federation, flows: [...(passwordless?.flows ?? []), ...(federation?.flows ?? [])] };
  }

  /** Loads the flows the page offers, a chunk each (a failed load is tried again on the next update). */
  private loadFlows(): void {
    const host = this.host;
    this.flowsLoad ??= Promise.all([
      offersPasswordless(host) &&
        !this.passwordless &&
        import('./passwordless-settings.js').then(({ passwordlessSettings }) => {
          this.passwordless = passwordlessSettings(flowKit);
        }),
      offersFederation(host) &&
        !this.federation &&
        // Its buttons and messages are in the English of the later screens.
        Promise.all([import('./federation-settings.js'), loadEnglish()]).then(([{ federationSettings }]) => {
          this.federation = federationSettings(flowKit);
        }),
    ]).then(
      () => {
        this.flowsLoad = undefined;
        host.requestUpdate();
      },
      () => {
        this.flowsFailed = true;
        this.state = {
          ...publicState(initialState),
          route: 'signIn',
          error: { code: 'NetworkError', key: 'errors.network' },
        };
        host.requestUpdate();
      },
    );
  }

  private onStateChanged(next: AuthState, previous: AuthState): void {
    this.state = next;
    if (next.error && next.error !== previous.error && next.error.key === 'errors.configuration') {
      logConfigurationHelp(next.error.code, `the user pool refused the configuration (${next.error.code}).`);
    }
    for (const listener of this.listeners) listener(next, previous);
    this.host.requestUpdate();
  }

  private stop(): void {
    this.authenticator?.stop();
    this.authenticator = undefined;
    this.identity = undefined;
  }
}
