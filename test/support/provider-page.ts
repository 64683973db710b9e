/**
 * Browser helpers for the tests of sign-in through the Cognito domain: a frame that goes
 * where the element or a test sends it, and the test identity provider's page filled in as
 * a person would (`cognito-domain.ts` serves it on the test page's origin).
 */
import { waitUntil } from './harness.js';

/** The test page the domain sends people back to (one of the app client's callback URLs). */
export const CALLBACK_URL = new URL('/test/e2e/fixtures/oauth-callback.html', location.origin).href;

/** A frame on `url`, once its first page has loaded. */
export async function frameTo(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** Where a frame is now. */
export const frameUrl = (frame: HTMLIFrameElement): URL => new URL(frame.contentWindow?.location.href ?? 'about:blank');

/** Signs in on the identity provider's page shown in `frame`; resolves with the address it comes back to (a page named `backTo`). */
export async function signInAtProvider(
  frame: HTMLIFrameElement,
  username: string,
  password: string,
  backTo = 'oauth-callback.html',
): Promise<URL> {
  // The provider's own page (the page before may have a password field too), loaded.
  await waitUntil(
    () =>
      frameUrl(frame).pathname.includes('/interaction/') &&
      frame.contentDocument?.readyState === 'complete' &&
      frame.contentDocument.querySelector('input[name="password"]'),
    "the provider's page",
  );
  const page = frame.contentDocument;
  if (!page) throw new Error('the frame shows no page');
  const field = (name: string): HTMLInputElement => {
    const input = page.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`the provider's page has no ${name} field`);
    return input;
  };
  field('username').value = username;
  field('password').value = password;
  const before = page;
  page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await waitUntil(
    () => frame.contentDocument !== before && frame.contentWindow?.location.pathname.endsWith(backTo),
    'back on the callback page',
  );
  return frameUrl(frame);
}
