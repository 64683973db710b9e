import { expect } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { waitUntil } from '../support/harness.js';
import { exampleBuild, poolWithReader, signInAndOut } from './examples.js';

describe('examples/react', () => {
  it('signs in and out against the emulator: props set as properties, events as props (SRP answered by the test proxy)', async () => {
    const pool = await poolWithReader();
    const base = await exampleBuild('react', pool);
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await import(`${base}main.js`);

    const element = await waitUntil(
      () => root.querySelector<CognitoAuthenticator>('cognito-authenticator'),
      'the element',
    );
    expect(element.translations).to.deep.equal({ en: { 'signIn.title': 'Sign in to Example' } });
    await signInAndOut(pool, element, () => root.querySelector('[data-testid="username"]')?.textContent ?? 'none');
  });
});
