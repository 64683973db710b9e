/**
 * Drives `<cognito-authenticator>` the way a person does: the harness apps get from
 * `cognito-authenticator/testing`, with the real keyboard for typing (the project's own
 * tests type with it, so what the browser does with keys is tested too).
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { AuthenticatorHarness as PageHarness } from '../../src/testing.ts';

export { waitUntil } from '../../src/testing.ts';

export class AuthenticatorHarness extends PageHarness<CognitoAuthenticator> {
  /** Types into a field with the keyboard, after clearing it. */
  async type(name: string, text: string): Promise<void> {
    const input = this.input(name);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text !== '') await sendKeys({ type: text });
  }

  /** Types into each field with the keyboard. */
  override async fill(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, text] of Object.entries(values)) await this.type(name, text);
  }
}

/**
 * A `<cognito-authenticator>` against a test pool (password sign-in, which the emulator
 * has), with more attributes as given, and the app's `children`; resolves on the first screen.
 */
export async function mountOnPool(
  pool: { readonly userPoolId: string; readonly clientId: string; readonly endpoint: string },
  attributes: Readonly<Record<string, string>> = {},
  children: readonly Node[] = [],
): Promise<AuthenticatorHarness> {
  const element = document.createElement('cognito-authenticator');
  const all = {
    'user-pool-id': pool.userPoolId,
    'client-id': pool.clientId,
    endpoint: pool.endpoint,
    'auth-flow': 'USER_PASSWORD_AUTH',
    ...attributes,
  };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  element.append(...children);
  const harness = new AuthenticatorHarness(await fixture<CognitoAuthenticator>(html`${element}`));
  await harness.waitForScreen(attributes['initial-screen'] ?? 'signIn');
  return harness;
}
