/**
 * Drives `<cognito-authenticator>` on a test page the way a person does, with nothing but
 * the DOM: fields found by their name, values typed in, forms sent, buttons and links
 * clicked, and the screen and its messages read back. It needs no test runner and no
 * framework.
 */

/** What the harness needs of the element: the DOM, its route and its update promise. */
export interface DrivenElement extends HTMLElement {
  /** The screen the authenticator is on (`signIn`, `confirmSignIn`, `authenticated`, ...). */
  readonly route: string;
  /** Settles once the element has drawn its latest state. */
  readonly updateComplete: Promise<unknown>;
}

/** Waits until `read` gives something truthy, and gives it back; fails after `timeoutMs`. */
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

/** A node's text without the white space around it, or `''`. */
const textOf = (node: Element | null | undefined): string => node?.textContent.trim() ?? '';

export class AuthenticatorHarness<E extends DrivenElement = DrivenElement> {
  constructor(readonly element: E) {}

  /**
   * The screen shown (its `data-screen`), `authenticated` once the app is shown in its
   * place, or `none` (while nothing is drawn yet).
   */
  get screen(): string {
    const shown = this.element.querySelector('[data-screen]')?.getAttribute('data-screen');
    if (shown) return shown;
    return this.element.route === 'authenticated' ? 'authenticated' : 'none';
  }

  /** Waits until the element is on the screen `name` and has drawn it. */
  async waitForScreen(name: string, timeoutMs?: number): Promise<void> {
    await waitUntil(
      () => this.screen === name && this.element.route === name,
      `screen ${name} (now ${this.screen})`,
      timeoutMs,
    );
  }

  /** Lets answers that are due arrive, and the element draw them. */
  async settle(): Promise<void> {
    // Answers come on later microtasks or timers, each drawn on the next update.
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.element.updateComplete;
    }
  }

  /** The form field named `name` (`username`, `password`, `code`, `attribute:email`, ...). */
  input(name: string): HTMLInputElement {
    const input = this.element.querySelector<HTMLInputElement>(`form [name="${CSS.escape(name)}"]`);
    if (!input) throw new Error(`No field named ${name} on ${this.screen}`);
    return input;
  }

  /** Puts values in fields by name, each with the `input` event typing makes. */
  async fill(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const input = this.input(name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await this.element.updateComplete;
  }

  /** The button that sends the form. */
  submitButton(): HTMLButtonElement {
    const button = this.element.querySelector<HTMLButtonElement>('form button[type="submit"]');
    if (!button) throw new Error(`No submit button on ${this.screen}`);
    return button;
  }

  /** Sends the form, as its submit button does. */
  async submit(): Promise<void> {
    const button = this.submitButton();
    const form = button.form;
    if (!form) throw new Error(`The submit button on ${this.screen} is in no form`);
    form.requestSubmit(button);
    await this.element.updateComplete;
  }

  /** Clicks the button whose text is `text` (e.g. `Create account`). */
  async click(text: string): Promise<void> {
    const button = [...this.element.querySelectorAll('button')].find((b) => textOf(b) === text);
    if (!button) throw new Error(`No button "${text}" on ${this.screen}`);
    button.click();
    await this.element.updateComplete;
  }

  /** The link to the screen `route` (`signIn`, `signUp` or `resetPassword`). */
  link(route: string): HTMLElement {
    const link = this.element.querySelector<HTMLElement>(`[data-navigate="${CSS.escape(route)}"]`);
    if (!link) throw new Error(`No link to ${route} on ${this.screen}`);
    return link;
  }

  /** Follows the link to the screen `route`. */
  async follow(route: string): Promise<void> {
    this.link(route).click();
    await this.element.updateComplete;
  }

  /** The message beside a field, or `undefined`. */
  fieldError(name: string): string | undefined {
    const ids = (this.input(name).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id.endsWith('-error'));
    const message = ids.map((id) => textOf(this.element.querySelector(`#${CSS.escape(id)}`))).find(Boolean);
    return message ?? undefined;
  }

  /** Waits for a message beside a field, and gives it. */
  async waitForFieldError(name: string): Promise<string> {
    return waitUntil(() => this.fieldError(name), `a message beside ${name}`);
  }

  /** The message above the form (its alert region), or `''`. */
  formError(): string {
    return textOf(this.element.querySelector('[role="alert"]'));
  }

  /** Waits for a message above the form, and gives it. */
  async waitForFormError(): Promise<string> {
    return waitUntil(() => this.formError(), 'a form error');
  }

  /** The notice that is not an error ("We sent a new code"), or `''`. */
  notice(): string {
    return textOf(this.element.querySelector('[role="status"]'));
  }

  /** All the text of the screen shown, runs of white space as one space. */
  text(): string {
    return textOf(this.element.querySelector('[data-screen]')).replace(/\s+/gu, ' ');
  }
}
