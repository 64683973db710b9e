/**
 * A React app behind the sign-in: the wrapper sets objects such as `translations` as
 * properties and turns the element's events into props.
 */
import { useRef, useState } from 'react';
import { CognitoAuthenticator, type CognitoAuthenticatorElement } from 'cognito-authenticator/react';
import type { AuthUser } from 'cognito-authenticator';
import { config } from './config.ts';

const translations = { en: { 'signIn.title': 'Sign in to Example' } };

export function App() {
  const authenticator = useRef<CognitoAuthenticatorElement>(null);
  const [user, setUser] = useState<AuthUser | undefined>();

  return (
    <CognitoAuthenticator
      ref={authenticator}
      {...config}
      translations={translations}
      onSignedIn={(event) => setUser(event.detail.user)}
      onSignedOut={() => setUser(undefined)}
    >
      <main>
        <p>
          Signed in as <strong data-testid="username">{user?.username}</strong>
        </p>
        <button type="button" onClick={() => authenticator.current?.signOut()}>
          Sign out
        </button>
      </main>
    </CognitoAuthenticator>
  );
}
