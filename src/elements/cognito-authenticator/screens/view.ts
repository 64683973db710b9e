/**
 * What a screen reads: its own state from the core, the settings, the texts and what the
 * person did with its fields. A screen renders from this view alone and changes nothing
 * but through `send` and its field state.
 */
import type { TemplateResult } from 'lit';
import type { AuthenticatorConfig } from '../../../core/config.js';
import type { UserEvent } from '../../../core/events.js';
import type { AuthState } from '../../../core/state.js';
import type { Route } from '../../../core/types.js';
import type { AutocompleteToken } from '../../../fields/fields.js';
import type { Translator } from '../../../i18n/i18n.js';

/** The routes with a screen of their own (signed in, the element shows the app instead). */
export type ScreenRoute = Exclude<Route, 'authenticated'>;

/** How an app changes one field of one screen. */
export interface FieldOverride {
  readonly label?: string;
  readonly placeholder?: string;
  /** Position among the screen's fields (sign-up), smaller first. */
  readonly order?: number;
  /** `false` makes a sign-up attribute optional. */
  readonly required?: boolean;
  readonly autocomplete?: AutocompleteToken;
  /** Phone fields: the country chosen at first (ISO 3166, e.g. `DE`). */
  readonly dialCode?: string;
  /** Phone fields: the countries offered. */
  readonly dialCodes?: readonly string[];
}

/** Field changes by screen and field name: `{ signUp: { 'custom:company': { label: 'Company', order: 1 } } }`. */
export type FormFieldOverrides = Readonly<Partial<Record<Route, Readonly<Record<string, FieldOverride>>>>>;

/** Renders a custom challenge's public parameters above the answer field. */
export type CustomChallengeContent = (parameters: Readonly<Record<string, string>>) => Node | string;

/** What the person did with the fields of the screen shown; it starts empty on every new screen. */
export interface FieldState {
  isPasswordVisible(name: string): boolean;
  togglePassword(name: string): void;
  /** The new password as typed so far, for the live policy checklist. */
  readonly draftPassword: string;
  setDraftPassword(value: string): void;
  /** The country chosen by hand in a phone field, by field name. */
  chosenRegion(name: string): string | undefined;
  chooseRegion(name: string, region: string): void;
  /** The setup key was copied. */
  readonly totpCopied: boolean;
  copyTotpSecret(secret: string): void;
}

/** What every screen reads. */
export interface ScreenView<R extends ScreenRoute = ScreenRoute> {
  /** The screen's state: its route, its data and its messages. */
  readonly state: AuthState<R>;
  /** The settings in force: login mechanisms, password policy, sign-up attributes, hidden sign-up. */
  readonly config: AuthenticatorConfig;
  readonly translator: Translator;
  /** Prefix that makes ids unique in the document. */
  readonly idPrefix: string;
  /** The app's changes to this screen's fields, by field name. */
  readonly overrides: Readonly<Record<string, FieldOverride>>;
  /** The country phone fields start with when the app chose none, e.g. `US`. */
  readonly region: string;
  readonly fields: FieldState;
  /** Drawn above the form: the providers' buttons on sign-in and sign-up, where the page offers providers. */
  readonly aside?: TemplateResult;
  send(event: UserEvent): void;
}

/** The element's settings that single screens read beside their view. */
export interface ScreenSettings {
  /** The issuer authenticator apps show for the account. */
  readonly totpIssuer: string;
  /** The account name authenticator apps show. */
  readonly totpAccountName: string;
  /** The host's rendering of a custom challenge's public parameters. */
  readonly customChallengeContent: CustomChallengeContent | undefined;
}
