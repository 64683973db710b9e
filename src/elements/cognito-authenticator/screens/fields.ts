/**
 * The fields of the sign-in screen, which other screens share, with the app's changes
 * (`formFields`) applied: the username, passwords and phone numbers. The fields only other
 * screens have are in `more-fields.ts`, loaded with the first of them.
 */
import type { TemplateResult } from 'lit';
import type { LoginMechanism } from '../../../core/types.js';
import { passwordField, phoneField, textField, type AutocompleteToken } from '../../../fields/fields.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import type { FieldOverride, ScreenView } from './view.js';

const USERNAME_FIELD: Readonly<
  Record<LoginMechanism, { label: MessageKey; type: 'text' | 'email' | 'tel'; inputmode: 'text' | 'email' | 'tel' }>
> = {
  username: { label: 'fields.username', type: 'text', inputmode: 'text' },
  email: { label: 'fields.email', type: 'email', inputmode: 'email' },
  phone_number: { label: 'fields.phoneNumber', type: 'tel', inputmode: 'tel' },
};

/** The app's change to a field of the screen shown (`attribute:` names go by the attribute). */
export function overrideOf(view: ScreenView, name: string): FieldOverride {
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

export function phone(
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
