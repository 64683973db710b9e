/**
 * Field primitives rendered into the light DOM: a native input with its `<label for>`,
 * `name`, `autocomplete` token, hint and error tied with `aria-describedby`. Values are
 * never bound: the browser (and a password manager) owns them, and forms read them on
 * submit, so nothing typed is lost when a screen re-renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dialCodeOptions } from './dial-codes.js';

/** The autocomplete tokens the element's fields use. */
export type AutocompleteToken =
  | 'on'
  | 'off'
  | 'username'
  | 'current-password'
  | 'new-password'
  | 'one-time-code'
  | 'email'
  | 'tel'
  | 'tel-national'
  | 'name'
  | 'given-name'
  | 'family-name'
  | 'additional-name'
  | 'nickname'
  | 'bday'
  | 'sex'
  | 'street-address'
  | 'language'
  | 'photo'
  | 'url'
  | 'organization';

export type InputType = 'text' | 'email' | 'tel' | 'password';

export interface FieldOptions {
  /** Document-unique id of the input. */
  readonly id: string;
  /** Form field name; values are read from the form by this name. */
  readonly name: string;
  readonly label: string;
  readonly type?: InputType;
  /** The autocomplete token, e.g. `username`, `new-password`, `one-time-code`. */
  readonly autocomplete: AutocompleteToken;
  readonly required?: boolean;
  readonly inputmode?: 'text' | 'email' | 'tel' | 'numeric';
  /** A translated message shown beside the field, or nothing. */
  readonly error?: string | undefined;
  /** A translated hint shown under the label. */
  readonly hint?: string | undefined;
  /** An example shown in the empty field (never a replacement for the label). */
  readonly placeholder?: string | undefined;
  /** The value the field starts with (it does not overwrite what someone typed). */
  readonly initialValue?: string | undefined;
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  /** Ids of more elements that describe the field (a password checklist). */
  readonly describedBy?: string | undefined;
  /** Called as the person types (for live feedback; the value is still read on submit). */
  readonly onInput?: ((event: InputEvent) => void) | undefined;
}

function describedBy(options: FieldOptions): string | undefined {
  const ids = [
    options.hint ? `${options.id}-hint` : '',
    options.error ? `${options.id}-error` : '',
    options.describedBy ?? '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function messages(options: FieldOptions): TemplateResult {
  return html`${options.hint ? html`<p class="cognito-field__hint" id="${options.id}-hint">${options.hint}</p>` : nothing}
  ${options.error ? html`<p class="cognito-field__error" id="${options.id}-error">${options.error}</p>` : nothing}`;
}

// `autocomplete` is set as a property (it reflects to the attribute): the HTML data the
// template checker uses does not know the valid token `one-time-code` yet.
function input(options: FieldOptions, type: InputType): TemplateResult {
  return html`<input
    class="cognito-field__input"
    id=${options.id}
    name=${options.name}
    type=${type}
    .autocomplete=${options.autocomplete}
    inputmode=${ifDefined(options.inputmode)}
    dir=${ifDefined(options.dir)}
    value=${ifDefined(options.initialValue)}
    placeholder=${ifDefined(options.placeholder)}
    ?required=${options.required ?? true}
    aria-invalid=${options.error ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(options))}
    @input=${options.onInput}
    autocapitalize="off"
    spellcheck="false"
  />`;
}

/** A text, email or phone field. */
export function textField(options: FieldOptions): TemplateResult {
  return html`<div class="cognito-field" data-field=${options.name}>
    <label class="cognito-field__label" for=${options.id}>${options.label}</label>
    ${input(options, options.type ?? 'text')}${messages(options)}
  </div>`;
}

export interface PasswordFieldOptions extends FieldOptions {
  readonly visible: boolean;
  readonly showLabel: string;
  readonly hideLabel: string;
  readonly onToggle: () => void;
}

/** A password field with a show/hide toggle: a real button with a name and `aria-pressed`. */
export function passwordField(options: PasswordFieldOptions): TemplateResult {
  return html`<div class="cognito-field cognito-field--password" data-field=${options.name}>
    <label class="cognito-field__label" for=${options.id}>${options.label}</label>
    <div class="cognito-field__control">
      ${input(options, options.visible ? 'text' : 'password')}
      <button
        class="cognito-field__toggle"
        type="button"
        aria-controls=${options.id}
        aria-pressed=${options.visible ? 'true' : 'false'}
        @click=${options.onToggle}
      >${options.visible ? options.hideLabel : options.showLabel}</button>
    </div>
    ${messages(options)}
  </div>`;
}

/** A one-time-code field: one input, numeric keyboard, `one-time-code` autofill. */
export function codeField(options: Omit<FieldOptions, 'type' | 'autocomplete' | 'inputmode'>): TemplateResult {
  return textField({ ...options, type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric', dir: 'ltr' });
}

export interface PhoneFieldOptions extends Omit<FieldOptions, 'type' | 'inputmode'> {
  /** Label of the country-code list. */
  readonly dialCodeLabel: string;
  /** The region shown as chosen, e.g. `US`: the person's own choice once they made one. */
  readonly region: string;
  /** Called with the region the person chose from the list. */
  readonly onRegionChange: (region: string) => void;
  /** The regions to offer (ISO 3166 codes); every region when absent. */
  readonly regions?: readonly string[] | undefined;
  /** The language the country names are written in. */
  readonly language: string;
}

/**
 * A phone number field: a list of countries with their calling codes and the number
 * itself, read together on submit (`<name>:region` and `<name>`). The number is always
 * written left to right; the pair mirrors in right-to-left layouts.
 *
 * The list is sorted by country name in the element's language, so another language puts
 * other countries in each `<option>`; the choice is kept by region (`onRegionChange`) and
 * set again as the `selected` property, which a choice made by hand does not block (an
 * added `selected` attribute would be ignored on an option someone picked).
 */
export function phoneField(options: PhoneFieldOptions): TemplateResult {
  const selectId = `${options.id}-region`;
  return html`<div class="cognito-field cognito-field--phone" data-field=${options.name}>
    <label class="cognito-field__label" for=${options.id}>${options.label}</label>
    <div class="cognito-field__control">
      <label class="cognito-visually-hidden" for=${selectId}>${options.dialCodeLabel}</label>
      <select
        class="cognito-field__select"
        id=${selectId}
        name="${options.name}:region"
        autocomplete="tel-country-code"
        @change=${(event: Event) => {
          options.onRegionChange((event.target as HTMLSelectElement).value);
        }}
      >
        ${dialCodeOptions(options.language)
          .filter((option) => !options.regions || options.regions.includes(option.region))
          .map(
            (option) =>
              html`<option value=${option.region} .selected=${option.region === options.region}>${option.label}</option>`,
          )}
      </select>
      ${input({ ...options, inputmode: 'tel', dir: 'ltr' }, 'tel')}
    </div>
    ${messages(options)}
  </div>`;
}
