import { expect } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { waitUntil } from '../support/harness.js';
import { exampleBuild, poolWithReader, signInAndOut } from './examples.js';

describe('examples/vue', () => {
  it('signs in and out against the emulator: the tag left to the browser, objects as properties, v-on events (SRP answered by the test proxy)', async () => {
    const pool = await poolWithReader();
    const base = await exampleBuild('vue', pool);
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    await import(`${base}main.js`);

    const element = await waitUntil(
      () => app.querySelector<CognitoAuthenticator>('cognito-authenticator'),
      'the element',
    );
    // Vue did not take the tag for an unknown component: it is the registered element.
    expect(element).to.be.instanceOf(customElements.get('cognito-authenticator'));
    expect(element.getAttribute('user-pool-id')).to.equal(pool.userPoolId);
    expect(element.hasAttribute('translations')).to.equal(false);
    await signInAndOut(pool, element, () => app.querySelector('[data-testid="username"]')?.textContent ?? 'none');
  });
});
