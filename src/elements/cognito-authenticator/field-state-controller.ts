/**
 * What the person did with the fields of the screen shown, beyond what the form itself
 * keeps: passwords shown, the new password typed so far (for the policy checklist), the
 * countries chosen in phone fields and whether the setup key was copied. It starts empty on
 * every new screen.
 */
import type { AuthState } from '../../core/state.js';
import { newChallenge } from './changes.js';
import type { FieldState } from './screens/index.js';
import { StateFollower, screenOf } from './state-follower.js';

/** The inputs of the screen's form that hold typed text, in their order. */
function textInputs(container: HTMLElement): HTMLInputElement[] {
  return [...container.querySelectorAll<HTMLInputElement>('form input:not([type="radio"])')];
}

export class FieldStateController extends StateFollower implements FieldState {
  draftPassword = '';
  totpCopied = false;
  private visiblePasswords = new Set<string>();
  /** The countries chosen by hand in the phone fields, by field name. */
  private readonly chosenRegions = new Map<string, string>();
  /** What was typed in the screen's fields before it is drawn again, in their order. */
  private typed: readonly (readonly [name: string, value: string])[] = [];
  /** The screen those fields were on. */
  private typedOn: string | null = null;

  isPasswordVisible(name: string): boolean {
    return this.visiblePasswords.has(name);
  }

  togglePassword(name: string): void {
    if (!this.visiblePasswords.delete(name)) this.visiblePasswords.add(name);
    this.host.requestUpdate();
  }

  setDraftPassword(value: string): void {
    this.draftPassword = value;
    this.host.requestUpdate();
  }

  chosenRegion(name: string): string | undefined {
    return this.chosenRegions.get(name);
  }

  chooseRegion(name: string, region: string): void {
    this.chosenRegions.set(name, region);
  }

  copyTotpSecret(secret: string): void {
    navigator.clipboard.writeText(secret).then(
      () => {
        this.totpCopied = true;
        this.host.requestUpdate();
      },
      () => {
        // No clipboard access: the key stays on screen to be selected and copied by hand.
        this.totpCopied = false;
        this.host.requestUpdate();
      },
    );
  }

  hostUpdate(): void {
    this.typed = textInputs(this.container).map((input) => [input.name, input.value]);
    this.typedOn = screenOf(this.container);
  }

  /**
   * The screen drawn again with its fields in another order or another list (the app's
   * `formFields` or sign-up attributes changed): an input may now stand for another field,
   * so each field gets back what was typed in it, and a new one starts empty.
   */
  hostUpdated(): void {
    // A new screen starts with its own values.
    if (screenOf(this.container) !== this.typedOn) return;
    const inputs = textInputs(this.container);
    if (inputs.map((input) => input.name).join(' ') === this.typed.map(([name]) => name).join(' ')) return;
    const typed = new Map(this.typed);
    for (const input of inputs) {
      const value = typed.get(input.name) ?? input.defaultValue;
      if (input.value !== value) input.value = value;
    }
  }

  /**
   * Starts empty on a new screen. Another round of the same step (a custom challenge asking
   * again) starts with an empty form; another step on the same screen leaves what was typed.
   */
  protected follow(next: AuthState, previous: AuthState): void {
    if (next.route !== previous.route) {
      this.visiblePasswords = new Set();
      this.draftPassword = '';
      this.chosenRegions.clear();
      this.totpCopied = false;
    } else if (newChallenge(next, previous) === 'again') {
      this.container.querySelector('form')?.reset();
    }
  }
}
