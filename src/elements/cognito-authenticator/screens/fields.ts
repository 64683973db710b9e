/**
 * The fields the screens share, with the app's changes (`formFields`) applied: the
 * username, passwords and the policy checklist, user attributes, phone numbers and codes.
 */
import { html, type TemplateResult } from 'lit';
import type { LoginMechanism } from '../../../core/types.js';
import { unmetPasswordRules, type PasswordRule } from '../../../core/validation.js';
import { codeField, passwordField, phoneField, textField, type AutocompleteToken } from '../../../fields/fields.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import type { FieldOverride, ScreenView } from './view.js';

/** Standard attributes: their label key and autocomplete token. */
const ATTRIBUTES: Readonly<
  Record<string, { label: MessageKey; autocomplete: AutocompleteToken; type?: 'email' | 'tel' }>
> = {
  address: { label: 'attributes.address', autocomplete: 'street-address' },
  birthdate: { label: 'attributes.birthdate', autocomplete: 'bday' },
  email: { label: 'attributes.email', autocomplete: 'email', type: 'email' },
  family_name: { label: 'attributes.family_name', autocomplete: 'family-name' },
  gender: { label: 'attributes.gender', autocomplete: 'sex' },
  given_name: { label: 'attributes.given_name', autocomplete: 'given-name' },
  locale: { label: 'attributes.locale', autocomplete: 'language' },
  middle_name: { label: 'attributes.middle_name', autocomplete: 'additional-name' },
  name: { label: 'attributes.name', autocomplete: 'name' },
  nickname: { label: 'attributes.nickname', autocomplete: 'nickname' },
  picture: { label: 'attributes.picture', autocomplete: 'photo' },
  preferred_username: { label: 'attributes.preferred_username', autocomplete: 'nickname' },
  profile: { label: 'attributes.profile', autocomplete: 'url' },
  website: { label: 'attributes.website', autocomplete: 'url' },
  zoneinfo: { label: 'attributes.zoneinfo', autocomplete: 'off' },
};

const USERNAME_FIELD: Readonly<
  Record<LoginMechanism, { label: MessageKey; type: 'text' | 'email' | 'tel'; inputmode: 'text' | 'email' | 'tel' }>
> = {
  username: { label: 'fields.username', type: 'text', inputmode: 'text' },
  email: { label: 'fields.email', type: 'email', inputmode: 'email' },
  phone_number: { label: 'fields.phoneNumber', type: 'tel', inputmode: 'tel' },
};

/** The app's change to a field of the screen shown (`attribute:` names go by the attribute). */
function overrideOf(view: ScreenView, name: string): FieldOverride {
  return view.overrides[name.replace(/^attribute:/u, '')] ?? {};
}

/** The label, placeholder and autocomplete token of a field, with the app's changes. */
export function customized<T extends { name: string; label: string }>(view: ScreenView, options: T): T {
  const override = overrideOf(view, options.name);
  return {
    ...options,
    ...(override.label === undefined ? {} : { label: override.label }),
    ...(override.placeholder === undefined ? {} : { placeholder: override.placeholder }),
    ...(override.autocomplete === undefined ? {} : { autocomplete: override.autocomplete }),
  };
}

/** The message beside a field, in the user's language. */
export function fieldError(view: ScreenView, name: string): string | undefined {
  const error = view.state.fieldErrors?.[name];
  if (!error) return undefined;
  return view.translator.tDynamic(error.key, 'errors.unknown', error.values);
}

function phone(
  view: ScreenView,
  name: string,
  label: string,
  autocomplete: AutocompleteToken,
  error: string | undefined,
): TemplateResult {
  const override = overrideOf(view, name);
  return phoneField(
    customized(view, {
      id: `${view.idPrefix}-${name.replace(/[^\w-]/gu, '-')}`,
      name,
      label,
      autocomplete,
      error,
      dialCodeLabel: view.translator.t('fields.dialCode'),
      region: view.fields.chosenRegion(name) ?? override.dialCode?.toUpperCase() ?? view.region,
      onRegionChange: (region) => {
        view.fields.chooseRegion(name, region);
      },
      regions: override.dialCodes?.map((region) => region.toUpperCase()),
      language: view.translator.language,
    }),
  );
}

/** The label of a sign-in field that takes any of several mechanisms. */
function combinedLabel(mechanisms: readonly LoginMechanism[]): MessageKey {
  const has = (mechanism: LoginMechanism): boolean => mechanisms.includes(mechanism);
  if (has('username') && has('email') && has('phone_number')) return 'fields.usernameEmailOrPhone';
  if (has('username') && has('email')) return 'fields.usernameOrEmail';
  if (has('username')) return 'fields.usernameOrPhone';
  return 'fields.emailOrPhone';
}

/**
 * The field people identify themselves with: on sign-in and reset, any of the pool's
 * mechanisms; on sign-up, the first one.
 */
export function usernameField(
  view: ScreenView,
  mechanisms: readonly LoginMechanism[] = view.config.loginMechanisms,
): TemplateResult {
  const { t } = view.translator;
  const [only] = mechanisms;
  const common = {
    id: `${view.idPrefix}-username`,
    name: 'username',
    autocomplete: 'username' as const,
    error: fieldError(view, 'username'),
    initialValue: view.state.username || undefined,
  };
  if (mechanisms.length > 1 || only === undefined) {
    return textField(
      customized(view, { ...common, label: t(combinedLabel(mechanisms)), type: 'text', inputmode: 'text' }),
    );
  }
  const field = USERNAME_FIELD[only];
  if (only === 'phone_number') return phone(view, 'username', t(field.label), 'username', common.error);
  return textField(
    customized(view, { ...common, label: t(field.label), type: field.type, inputmode: field.inputmode }),
  );
}

export function passwordInput(
  view: ScreenView,
  name: string,
  label: MessageKey,
  autocomplete: 'current-password' | 'new-password',
): TemplateResult {
  const { t } = view.translator;
  const checked = autocomplete === 'new-password' && name === 'password';
  return passwordField(
    customized(view, {
      describedBy: checked ? `${view.idPrefix}-policy` : undefined,
      onInput: checked
        ? (event: InputEvent) => {
            view.fields.setDraftPassword((event.target as HTMLInputElement).value);
          }
        : undefined,
      id: `${view.idPrefix}-${name}`,
      name,
      label: t(label),
      autocomplete,
      error: fieldError(view, name),
      visible: view.fields.isPasswordVisible(name),
      showLabel: t('common.showPassword'),
      hideLabel: t('common.hidePassword'),
      onToggle: () => {
        view.fields.togglePassword(name);
      },
    }),
  );
}

/** The password policy as a checklist that ticks off each rule as the new password is typed. */
export function passwordChecklist(view: ScreenView): TemplateResult {
  const { t } = view.translator;
  const policy = view.config.passwordPolicy;
  const unmet = new Set(unmetPasswordRules(view.fields.draftPassword, policy));
  const rules: [PasswordRule, string][] = [['minLength', t('passwordPolicy.minLength', { count: policy.minLength })]];
  if (policy.requireLowercase) rules.push(['lowercase', t('passwordPolicy.lowercase')]);
  if (policy.requireUppercase) rules.push(['uppercase', t('passwordPolicy.uppercase')]);
  if (policy.requireNumbers) rules.push(['number', t('passwordPolicy.number')]);
  if (policy.requireSymbols) rules.push(['symbol', t('passwordPolicy.symbol')]);
  return html`<div class="cognito-policy" id="${view.idPrefix}-policy">
    <p class="cognito-policy__label">${t('passwordPolicy.label')}</p>
    <ul class="cognito-policy__rules">
      ${rules.map(
        ([rule, text]) => html`<li class="cognito-policy__rule" data-met=${unmet.has(rule) ? 'false' : 'true'}>
          <span class="cognito-visually-hidden">${t(unmet.has(rule) ? 'passwordPolicy.unmet' : 'passwordPolicy.met')}</span>
          <span class="cognito-policy__text">${text}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** A new password, the checklist of its policy, and its confirmation. */
export function newPassword(view: ScreenView): TemplateResult {
  return html`${passwordInput(view, 'password', 'fields.newPassword', 'new-password')}${passwordChecklist(view)}
  ${passwordInput(view, 'confirmPassword', 'fields.confirmPassword', 'new-password')}`;
}

/** Fields in the order the app chose (`order`), the others where they were. */
export function ordered(
  view: ScreenView,
  fields: readonly (readonly [name: string, field: TemplateResult])[],
): TemplateResult[] {
  return fields
    .map(([name, field], index) => ({ field, order: overrideOf(view, name).order ?? index }))
    .sort((a, b) => a.order - b.order)
    .map(({ field }) => field);
}

/** A user attribute: a standard one with its own label and token, a custom one by its name. */
export function attributeField(view: ScreenView, name: string): TemplateResult {
  const { t } = view.translator;
  const known = ATTRIBUTES[name];
  if (name === 'phone_number')
    return phone(view, `attribute:${name}`, t('attributes.phone_number'), 'tel-national', fieldError(view, name));
  return textField(
    customized(view, {
      id: `${view.idPrefix}-attr-${name.replace(/[^\w-]/gu, '-')}`,
      name: `attribute:${name}`,
      label: known ? t(known.label) : t('attributes.custom', { name: name.replace(/^custom:/u, '') }),
      type: known?.type ?? 'text',
      autocomplete: known?.autocomplete ?? 'on',
      error: fieldError(view, name),
      required: overrideOf(view, name).required ?? true,
    }),
  );
}

/** A one-time code, with the app's label and placeholder when it gave them. */
export function codeInput(view: ScreenView, hint?: string): TemplateResult {
  return codeField(
    customized(view, {
      id: `${view.idPrefix}-code`,
      name: 'code',
      label: view.translator.t('fields.code'),
      hint,
      error: fieldError(view, 'code'),
    }),
  );
}
