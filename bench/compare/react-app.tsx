// A React app with nothing in it but a sign-in form of its own: the baseline that tells what
// Amplify's Authenticator adds to an app. Built by ../bench.ts with the packages of this folder.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <form>
      <input name="username" autoComplete="username" aria-label="Username" />
      <input name="password" type="password" autoComplete="current-password" aria-label="Password" />
      <button type="submit">Sign in</button>
    </form>
  </StrictMode>,
);
