/**
 * The fields and parts only the screens after sign-in have (codes, new passwords with their
 * policy checklist, user attributes, choices, where a code went, links back), and their
 * stylesheet, in the chunk they share: a page whose people only sign in loads none of them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unmetPasswordRules, type PasswordRule } from '../../../core/validation.js';
import { codeField, textField, type AutocompleteToken } from '../../../fields/fields.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import { customized, fieldError, overrideOf, passwordInput, phone } from './fields.js';
import { navLink } from './parts.js';
import type { ScreenView } from './view.js';

export { screenStyles } from '../../../styles/screens.styles.js';

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

export function backToSignIn(view: ScreenView): TemplateResult {
  return navLink(view, 'signIn', 'common.backToSignIn');
}

/** A link-styled button that is announced busy while a request is in flight. */
export function actionLink(view: ScreenView, label: MessageKey, onClick: () => void): TemplateResult {
  return html`<button class="cognito-link" type="button" aria-disabled=${view.state.pending ? 'true' : 'false'} @click=${onClick}>
    ${view.translator.t(label)}
  </button>`;
}

/** Where a code went (`<route>.sentTo`, `.sentToPhone`, or `.sentSomewhere` when the pool did not say). */
export function sentTo(view: ScreenView<'confirmSignUp' | 'confirmResetPassword' | 'confirmVerifyUser'>): string {
  const { route, delivery } = view.state;
  if (!delivery) return view.translator.t(`${route}.sentSomewhere`);
  return view.translator.t(delivery.medium === 'SMS' ? `${route}.sentToPhone` : `${route}.sentTo`, {
    destination: delivery.destination,
  });
}

/** Radio buttons for one choice, the first one checked, with its error below. */
export function choices(
  view: ScreenView,
  name: string,
  legend: string,
  options: readonly (readonly [value: string, label: string])[],
): TemplateResult {
  const error = fieldError(view, name);
  const errorId = `${view.idPrefix}-${name}-error`;
  return html`<fieldset class="cognito-choices" aria-describedby=${error ? errorId : nothing}>
      <legend class="cognito-screen__text">${legend}</legend>
      ${options.map(
        ([value, label], index) => html`<label class="cognito-choice">
          <input class="cognito-choice__input" type="radio" name=${name} value=${value} ?checked=${index === 0} />
          <span>${label}</span>
        </label>`,
      )}
    </fieldset>
    ${error ? html`<p class="cognito-field__error" id=${errorId}>${error}</p>` : nothing}`;
}
