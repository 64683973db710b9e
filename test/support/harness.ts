/**
 * Drives `<cognito-authenticator>` the way a person does: it finds fields by their
 * label's field name, types with the real keyboard and clicks real buttons.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CognitoAuthenticator } from '../../src/index.ts';

export async function waitUntil<T>(
  read: () => T | undefined | null | false,
  what: string,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export class AuthenticatorHarness {
  constructor(readonly element: CognitoAuthenticator) {}

  /** The screen shown (its `data-screen`), or `authenticated` when no form is left. */
  get screen(): string {
    return this.element.querySelector('[data-screen]')?.getAttribute('data-screen') ?? 'none';
  }

  async waitForScreen(name: string, timeoutMs?: number): Promise<void> {
    await waitUntil(
      () => this.screen === name && this.element.route === name,
      `screen ${name} (now ${this.screen})`,
      timeoutMs,
    );
  }

  input(name: string): HTMLInputElement {
    const input = this.element.querySelector<HTMLInputElement>(`form [name="${name}"]`);
    if (!input) throw new Error(`No field named ${name} on ${this.screen}`);
    return input;
  }

  /** Types into a field with the keyboard, after clearing it. */
  async type(name: string, text: string): Promise<void> {
    const input = this.input(name);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text !== '') await sendKeys({ type: text });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, text] of Object.entries(values)) await this.type(name, text);
  }

  submitButton(): HTMLButtonElement {
    const button = this.element.querySelector<HTMLButtonElement>('form button[type="submit"]');
    if (!button) throw new Error(`No submit button on ${this.screen}`);
    return button;
  }

  async submit(): Promise<void> {
    this.submitButton().click();
    await this.element.updateComplete;
  }

  /** Clicks the button whose text is `text`. */
  async click(text: string): Promise<void> {
    const button = [...this.element.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    if (!button) throw new Error(`No button "${text}" on ${this.screen}`);
    button.click();
    await this.element.updateComplete;
  }

  /** The message beside a field, or `undefined`. */
  fieldError(name: string): string | undefined {
    const input = this.input(name);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    const message = ids.map((id) => this.element.querySelector(`#${CSS.escape(id)}`)?.textContent.trim()).find(Boolean);
    return message ?? undefined;
  }

  async waitForFieldError(name: string): Promise<string> {
    return waitUntil(() => this.fieldError(name), `a message beside ${name}`);
  }

  /** The message above the form (its alert region). */
  formError(): string {
    return this.element.querySelector('[role="alert"]')?.textContent.trim() ?? '';
  }

  async waitForFormError(): Promise<string> {
    return waitUntil(() => this.formError(), 'a form error');
  }

  notice(): string {
    return this.element.querySelector('[role="status"]')?.textContent.trim() ?? '';
  }

  text(): string {
    return this.element.querySelector('[data-screen]')?.textContent.replace(/\s+/gu, ' ').trim() ?? '';
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
