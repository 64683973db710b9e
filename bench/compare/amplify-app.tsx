// Amplify UI's React Authenticator as its documentation sets it up: the app the benchmark
// compares against. Built by ../bench.ts with the packages of this folder.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_AbC123xyz', userPoolClientId: '1example23456789' } } });

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <Authenticator>
      {({ signOut, user }) => (
        <main>
          <p>Signed in as {user?.username}</p>
          <button type="button" onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  </StrictMode>,
);
