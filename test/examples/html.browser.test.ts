import { expect } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { cognitoRequests } from '../support/cognito.js';
import { exampleBuild, poolWithReader } from './examples.js';

describe('examples/html', () => {
  it('signs in and out against the emulator with the single-file build and a module script (SRP answered by the test proxy)', async () => {
    const pool = await poolWithReader();
    const base = await exampleBuild('html', pool);
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${base}index.html`;
    document.body.append(frame);
    await loaded;
    const page = await waitUntil(() => frame.contentDocument, 'the page');
    const element = await waitUntil(() => page.querySelector<CognitoAuthenticator>('cognito-authenticator:defined'), 'the element to be defined');

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
});
