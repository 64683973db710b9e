import { expect } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { cognitoRequests } from '../support/cognito.js';
import { exampleBuild, poolWithReader } from './examples.js';

/** The example page in a frame, with its element defined. */
async function openExample(base: string): Promise<{ page: Document; element: CognitoAuthenticator }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${base}index.html`;
  document.body.append(frame);
  await loaded;
  const page = await waitUntil(() => frame.contentDocument, 'the page');
  const element = await waitUntil(
    () => page.querySelector<CognitoAuthenticator>('cognito-authenticator:defined'),
    'the element to be defined',
  );
  return { page, element };
}

describe('examples/html', () => {
  it('signs in and out against the emulator with the single-file build and a module script (SRP answered by the test proxy)', async () => {
    const pool = await poolWithReader();
    const { page, element } = await openExample(await exampleBuild('html', pool));

    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    await harness.fill({ username: 'reader', password: 'Passw0rd!' });
    await harness.submit();
    const username = (): string => page.querySelector('#username')?.textContent ?? 'none';
    await waitUntil(() => username() === 'reader', 'the page to show the user');
    expect((await cognitoRequests(pool))[0]?.body).to.include({ AuthFlow: 'USER_SRP_AUTH' });

    page.querySelector<HTMLButtonElement>('#sign-out')?.click();
    await harness.waitForScreen('signIn');
    await waitUntil(() => username() === '', 'the page to forget the user');
  });

  it('speaks German when the page turns to German, loading de.json from the locales next to the single file', async () => {
    const pool = await poolWithReader();
    const { page, element } = await openExample(await exampleBuild('html', pool));
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    expect(element.querySelector('h2')?.textContent.trim()).to.equal('Sign in');
    page.documentElement.lang = 'de';
    await waitUntil(() => element.querySelector('h2')?.textContent.trim() === 'Anmelden', 'the German title');
    expect(element.querySelector('label[for$="-password"]')?.textContent.trim()).to.equal('Passwort');
  });

  it('shows the pseudo-locale en-XA, whose messages load from the file beside the single file', async () => {
    const pool = await poolWithReader();
    const { page, element } = await openExample(await exampleBuild('html', pool));
    const harness = new AuthenticatorHarness(element);
    await harness.waitForScreen('signIn');
    const loaded = (): string[] =>
      (page.defaultView?.performance.getEntriesByType('resource') ?? []).map((entry) => new URL(entry.name).pathname);
    expect(loaded().filter((path) => path.endsWith('.pseudo.js'))).to.deep.equal([]);
    element.language = 'en-XA';
    await waitUntil(
      () => element.querySelector('h2')?.textContent.trim().startsWith('⟦') === true,
      'the pseudo-localised title',
    );
    expect(element.querySelector('h2')?.textContent.trim()).to.match(/^⟦Šíĝñ íñ~+⟧$/u);
    expect(loaded().filter((path) => path.endsWith('/cdn/cognito-authenticator.pseudo.js'))).to.have.length(1);
  });
});
