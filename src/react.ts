/**
 * `<CognitoAuthenticator>` for React, made with `@lit/react`: every prop that is a property
 * of the element is set as a property (objects and functions too), and the element's
 * events are props (`onSignedIn`, `onSignedOut`, `onRouteChange`, `onSessionExpired`). Importing this module
 * registers the tag and adds `<cognito-authenticator>` to React's JSX types.
 *
 * ```tsx
 * import { CognitoAuthenticator } from 'cognito-authenticator/react';
 * <CognitoAuthenticator userPoolId="eu-west-1_AbC123xyz" clientId="1example23456789"
 *   onSignedIn={(event) => setUser(event.detail.user)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import { CognitoAuthenticator as CognitoAuthenticatorElement } from './define.js';
import type {
  CognitoAuthenticatorEventMap,
  RouteChangeDetail,
  SessionExpiredDetail,
  SignedInDetail,
  SignedOutDetail,
} from './elements/cognito-authenticator/events.js';

export { CognitoAuthenticatorElement };
export type { CognitoAuthenticatorEventMap, RouteChangeDetail, SessionExpiredDetail, SignedInDetail, SignedOutDetail };

/** The name of one of the element's events, typed with its event. */
type EventOf<K extends keyof CognitoAuthenticatorEventMap> = EventName<CognitoAuthenticatorEventMap[K]>;

/** A listener of one of the element's events, as a JSX prop. */
type Listener<K extends keyof CognitoAuthenticatorEventMap> = (event: CognitoAuthenticatorEventMap[K]) => void;

/** The element wrapped as a React component; a `ref` gets the element. */
export const CognitoAuthenticator = createComponent({
  react: React,
  tagName: 'cognito-authenticator',
  elementClass: CognitoAuthenticatorElement,
  displayName: 'CognitoAuthenticator',
  events: {
    onRouteChange: 'cognito-route-change' as EventOf<'cognito-route-change'>,
    onSignedIn: 'cognito-signed-in' as EventOf<'cognito-signed-in'>,
    onSignedOut: 'cognito-signed-out' as EventOf<'cognito-signed-out'>,
    onSessionExpired: 'cognito-session-expired' as EventOf<'cognito-session-expired'>,
  },
});

/**
 * The tag itself in JSX. React 19 sets a prop as a property when the element has one, and
 * listens to `on<event-name>` props.
 */
export type CognitoAuthenticatorJsxProps = WebComponentProps<CognitoAuthenticatorElement> & {
  readonly 'user-pool-id'?: string;
  readonly 'client-id'?: string;
  readonly 'oncognito-route-change'?: Listener<'cognito-route-change'>;
  readonly 'oncognito-signed-in'?: Listener<'cognito-signed-in'>;
  readonly 'oncognito-signed-out'?: Listener<'cognito-signed-out'>;
  readonly 'oncognito-session-expired'?: Listener<'cognito-session-expired'>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'cognito-authenticator': CognitoAuthenticatorJsxProps;
    }
  }
}
