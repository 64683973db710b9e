/**
 * `<CognitoAuthenticator>` for React, made with `@lit/react`: every prop that is a property
 * of the element is set as a property (objects and functions too), and the element's
 * events are props (`onSignedIn`, `onSignedOut`, `onRouteChange`). Importing this module
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
import type { RouteChangeDetail, SignedInDetail } from './elements/cognito-authenticator/cognito-authenticator.js';

export { CognitoAuthenticatorElement };
export type { RouteChangeDetail, SignedInDetail };

/** The element wrapped as a React component; a `ref` gets the element. */
export const CognitoAuthenticator = createComponent({
  react: React,
  tagName: 'cognito-authenticator',
  elementClass: CognitoAuthenticatorElement,
  displayName: 'CognitoAuthenticator',
  events: {
    onRouteChange: 'cognito-route-change' as EventName<CustomEvent<RouteChangeDetail>>,
    onSignedIn: 'cognito-signed-in' as EventName<CustomEvent<SignedInDetail>>,
    onSignedOut: 'cognito-signed-out' as EventName<CustomEvent<Record<string, never>>>,
  },
});

/**
 * The tag itself in JSX. React 19 sets a prop as a property when the element has one, and
 * listens to `on<event-name>` props.
 */
export type CognitoAuthenticatorJsxProps = WebComponentProps<CognitoAuthenticatorElement> & {
  readonly 'user-pool-id'?: string;
  readonly 'client-id'?: string;
  readonly 'oncognito-route-change'?: (event: CustomEvent<RouteChangeDetail>) => void;
  readonly 'oncognito-signed-in'?: (event: CustomEvent<SignedInDetail>) => void;
  readonly 'oncognito-signed-out'?: (event: CustomEvent<Record<string, never>>) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'cognito-authenticator': CognitoAuthenticatorJsxProps;
    }
  }
}
