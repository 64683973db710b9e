/**
 * The screens, one render function each. They get everything through a `ScreenContext`
 * and render native forms into the light DOM; what someone types is read from the form
 * on submit, never bound to state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  mfaTypesOf,
  requiredAttributes,
  type AuthState,
  type AuthenticatorConfig,
  type NavigableRoute,
  type UserEvent,
} from '../../core/machine.js';
import type { LoginMechanism, Route } from '../../core/types.js';
import { unmetPasswordRules, type FieldError, type PasswordRule } from '../../core/validation.js';
import type { MessageKey, Translator } from '../../i18n/i18n.js';
import { codeField, passwordField, phoneField, textField, type AutocompleteToken } from '../../fields/fields.js';
import { joinPhoneNumber } from '../../fields/dial-codes.js';
import { totpSecret } from '../../fields/totp-secret.js';

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

export interface ScreenContext {
  readonly state: AuthState;
  readonly config: AuthenticatorConfig;
  readonly translator: Translator;
  /** Prefix that makes ids unique in the document. */
  readonly idPrefix: string;
  /** The country whose calling code phone fields start with, e.g. `US`. */
  readonly region: string;
  /** The app's changes to the fields of each screen. */
  readonly formFields: FormFieldOverrides;
  send(event: UserEvent): void;
  isPasswordVisible(name: string): boolean;
  togglePassword(name: string): void;
  /** The country chosen by hand in a phone field of this screen, by field name. */
  chosenRegion(name: string): string | undefined;
  chooseRegion(name: string, region: string): void;
  /** The new password as typed so far, for the live policy checklist. */
  readonly draftPassword: string;
  setDraftPassword(value: string): void;
  /** The issuer authenticator apps show for the account. */
  readonly totpIssuer: string;
  /** The account name authenticator apps show. */
  readonly totpAccountName: string;
  /** The setup key was copied. */
  readonly totpCopied: boolean;
  /** The host's rendering of a custom challenge's public parameters, above the answer field. */
  readonly customChallengeContent: ((parameters: Readonly<Record<string, string>>) => Node | string) | undefined;
  copyTotpSecret(secret: string): void;
}

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

/** The app's change to a field of the screen shown. */
function overrideOf(context: ScreenContext, name: string): FieldOverride {
  return context.formFields[context.state.route]?.[name] ?? {};
}

/** The label, placeholder and autocomplete token of a field, with the app's changes. */
function customized<T extends { name: string; label: string; autocomplete: AutocompleteToken }>(
  context: ScreenContext,
  options: T,
): T {
  const override = overrideOf(context, options.name.replace(/^attribute:/u, ''));
  return {
    ...options,
    ...(override.label === undefined ? {} : { label: override.label }),
    ...(override.placeholder === undefined ? {} : { placeholder: override.placeholder }),
    ...(override.autocomplete === undefined ? {} : { autocomplete: override.autocomplete }),
  };
}

function fieldError(context: ScreenContext, name: string): string | undefined {
  const error: FieldError | undefined = context.state.fieldErrors?.[name];
  if (!error) return undefined;
  return context.translator.tDynamic(error.key, 'errors.unknown', error.values);
}

/** Reads a submitted form; a phone field's country and number come back as one E.164 number. */
function formValues(event: SubmitEvent): (name: string) => string {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const read = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return (name) => (data.has(`${name}:region`) ? joinPhoneNumber(read(`${name}:region`), read(name)) : read(name));
}

function phone(
  context: ScreenContext,
  name: string,
  label: string,
  autocomplete: AutocompleteToken,
  error: string | undefined,
): TemplateResult {
  const override = overrideOf(context, name.replace(/^attribute:/u, ''));
  return phoneField(
    customized(context, {
      id: `${context.idPrefix}-${name.replace(/[^\w-]/gu, '-')}`,
      name,
      label,
      autocomplete,
      error,
      dialCodeLabel: context.translator.t('fields.dialCode'),
      region: context.chosenRegion(name) ?? override.dialCode?.toUpperCase() ?? context.region,
      onRegionChange: (region) => {
        context.chooseRegion(name, region);
      },
      regions: override.dialCodes?.map((region) => region.toUpperCase()),
      language: context.translator.language,
    }),
  );
}

/** A link to another screen that takes along the username typed on this one. */
function navigateTo(context: ScreenContext, route: NavigableRoute): (event: Event) => void {
  return (event) => {
    const typed = (event.currentTarget as Element)
      .closest('section')
      ?.querySelector<HTMLInputElement>('input[name="username"]')?.value;
    context.send(typed === undefined ? { type: 'navigate', route } : { type: 'navigate', route, username: typed });
  };
}

/**
 * Sign in | Create account, above both forms (none when sign-up is hidden). The current one
 * is marked `aria-current`; each is a button in the tab order.
 */
function accountTabs(context: ScreenContext, current: 'signIn' | 'signUp'): TemplateResult | undefined {
  if (context.config.hideSignUp) return undefined;
  const { t } = context.translator;
  const tab = (route: 'signIn' | 'signUp', key: MessageKey): TemplateResult =>
    html`<button class="cognito-tabs__tab" type="button" data-navigate=${route} aria-current=${route === current ? 'page' : 'false'} @click=${route === current ? stayHere : navigateTo(context, route)}>
      ${t(key)}
    </button>`;
  return html`<nav class="cognito-tabs" aria-label=${t('tabs.label')}>${tab('signIn', 'tabs.signIn')}${tab('signUp', 'tabs.signUp')}</nav>`;
}

function stayHere(): void {
  // The screen shown already: nothing to do.
}

/** A link-styled button to another screen; `data-navigate` names the screen it opens. */
function navLink(context: ScreenContext, route: NavigableRoute, key: MessageKey): TemplateResult {
  return html`<button class="cognito-link" type="button" data-navigate=${route} @click=${navigateTo(context, route)}>${context.translator.t(key)}</button>`;
}

function title(context: ScreenContext, key: MessageKey): TemplateResult {
  return html`<h2 class="cognito-screen__title" id="${context.idPrefix}-title" tabindex="-1">${context.translator.t(key)}</h2>`;
}

function notice(context: ScreenContext): TemplateResult {
  const key = context.state.notice;
  return html`<p class="cognito-alert cognito-alert--info" role="status">${key ? context.translator.tDynamic(key, 'common.dismiss') : nothing}</p>`;
}

/** The form-level error: an alert region that is always there, so what appears in it is announced. */
function formError(context: ScreenContext): TemplateResult {
  const error = context.state.error;
  const text = error
    ? context.translator.tDynamic(
        error.key,
        'errors.unknown',
        error.detail === undefined ? {} : { detail: error.detail },
      )
    : undefined;
  return html`<div class="cognito-alert cognito-alert--error" role="alert">${text ?? nothing}</div>`;
}

function submitButton(context: ScreenContext, idle: MessageKey, busy: MessageKey): TemplateResult {
  const pending = context.state.pending;
  return html`<button class="cognito-button" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
    ${context.translator.t(pending ? busy : idle)}
  </button>`;
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
function usernameField(
  context: ScreenContext,
  mechanisms: readonly LoginMechanism[] = context.config.loginMechanisms,
): TemplateResult {
  const { t } = context.translator;
  const [only] = mechanisms;
  const id = `${context.idPrefix}-username`;
  const common = {
    id,
    name: 'username',
    autocomplete: 'username' as const,
    error: fieldError(context, 'username'),
    initialValue: context.state.username || undefined,
  };
  if (mechanisms.length > 1 || only === undefined) {
    return textField(
      customized(context, { ...common, label: t(combinedLabel(mechanisms)), type: 'text', inputmode: 'text' }),
    );
  }
  const field = USERNAME_FIELD[only];
  if (only === 'phone_number') return phone(context, 'username', t(field.label), 'username', common.error);
  return textField(
    customized(context, { ...common, label: t(field.label), type: field.type, inputmode: field.inputmode }),
  );
}

function password(
  context: ScreenContext,
  name: string,
  label: MessageKey,
  autocomplete: 'current-password' | 'new-password',
): TemplateResult {
  const { t } = context.translator;
  const checked = autocomplete === 'new-password' && name === 'password';
  return passwordField(
    customized(context, {
      describedBy: checked ? `${context.idPrefix}-policy` : undefined,
      onInput: checked
        ? (event: InputEvent) => context.setDraftPassword((event.target as HTMLInputElement).value)
        : undefined,
      id: `${context.idPrefix}-${name}`,
      name,
      label: t(label),
      autocomplete,
      error: fieldError(context, name),
      visible: context.isPasswordVisible(name),
      showLabel: t('common.showPassword'),
      hideLabel: t('common.hidePassword'),
      onToggle: () => context.togglePassword(name),
    }),
  );
}

/** The password policy as a checklist that ticks off each rule as the new password is typed. */
function passwordChecklist(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const policy = context.config.passwordPolicy;
  const unmet = new Set(unmetPasswordRules(context.draftPassword, policy));
  const rules: [PasswordRule, string][] = [['minLength', t('passwordPolicy.minLength', { count: policy.minLength })]];
  if (policy.requireLowercase) rules.push(['lowercase', t('passwordPolicy.lowercase')]);
  if (policy.requireUppercase) rules.push(['uppercase', t('passwordPolicy.uppercase')]);
  if (policy.requireNumbers) rules.push(['number', t('passwordPolicy.number')]);
  if (policy.requireSymbols) rules.push(['symbol', t('passwordPolicy.symbol')]);
  return html`<div class="cognito-policy" id="${context.idPrefix}-policy">
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
function newPassword(context: ScreenContext): TemplateResult {
  return html`${password(context, 'password', 'fields.newPassword', 'new-password')}${passwordChecklist(context)}
  ${password(context, 'confirmPassword', 'fields.confirmPassword', 'new-password')}`;
}

/** Fields in the order the app chose (`order`), the others where they were. */
function ordered(context: ScreenContext, fields: [name: string, field: TemplateResult][]): TemplateResult[] {
  return fields
    .map(([name, field], index) => ({ field, order: overrideOf(context, name).order ?? index }))
    .sort((a, b) => a.order - b.order)
    .map(({ field }) => field);
}

function backToSignIn(context: ScreenContext): TemplateResult {
  return navLink(context, 'signIn', 'common.backToSignIn');
}

/** Where a code went (`<route>.sentTo`, `.sentToPhone`, or `.sentSomewhere` when Cognito did not say). */
function sentTo(context: ScreenContext, route: 'confirmSignUp' | 'confirmResetPassword' | 'confirmVerifyUser'): string {
  const delivery = context.state.delivery;
  if (!delivery) return context.translator.t(`${route}.sentSomewhere`);
  return context.translator.t(delivery.medium === 'SMS' ? `${route}.sentToPhone` : `${route}.sentTo`, {
    destination: delivery.destination,
  });
}

function screen(context: ScreenContext, name: Route, body: TemplateResult): TemplateResult {
  return html`<section class="cognito-screen" data-screen=${name} aria-labelledby="${context.idPrefix}-title" aria-busy=${context.state.pending ? 'true' : 'false'}>
    ${body}
  </section>`;
}

function renderSetup(context: ScreenContext): TemplateResult {
  return screen(
    context,
    'setup',
    html`<p class="cognito-screen__text" role="status" id="${context.idPrefix}-title">${context.translator.t('common.loading')}</p>`,
  );
}

/** What makes one form screen: everything else is the same on every screen. */
interface FormScreen {
  readonly name: Route;
  /** The switch between signing in and creating an account, above the title. */
  readonly tabs?: TemplateResult;
  readonly title: MessageKey;
  /** Text between the title and the form. */
  readonly intro?: TemplateResult | string;
  /** Show the notice region (for "we sent a new code"). */
  readonly notice?: boolean;
  readonly fields: TemplateResult | readonly TemplateResult[];
  readonly submit: readonly [idle: MessageKey, busy: MessageKey];
  /** Called with a reader of the submitted values. */
  readonly onSubmit: (value: (name: string) => string) => void;
  /** Links under the form, each in its own line. */
  readonly footers: readonly TemplateResult[];
}

function formScreen(context: ScreenContext, spec: FormScreen): TemplateResult {
  const onSubmit = (event: SubmitEvent): void => {
    spec.onSubmit(formValues(event));
  };
  return screen(
    context,
    spec.name,
    html`${spec.tabs ?? nothing} ${title(context, spec.title)}
      ${spec.intro === undefined ? nothing : html`<p class="cognito-screen__text">${spec.intro}</p>`} ${spec.notice ? notice(context) : nothing}
      <form class="cognito-form" novalidate @submit=${onSubmit}>
        ${spec.fields} ${formError(context)} ${submitButton(context, spec.submit[0], spec.submit[1])}
      </form>
      ${spec.footers.map((footer) => html`<p class="cognito-screen__footer">${footer}</p>`)}`,
  );
}

/** A link-styled button that is announced busy while a request is in flight. */
function actionLink(context: ScreenContext, label: MessageKey, onClick: () => void): TemplateResult {
  return html`<button class="cognito-link" type="button" aria-disabled=${context.state.pending ? 'true' : 'false'} @click=${onClick}>
    ${context.translator.t(label)}
  </button>`;
}

function codeInput(context: ScreenContext, hint?: string): TemplateResult {
  return codeField({
    id: `${context.idPrefix}-code`,
    name: 'code',
    label: context.translator.t('fields.code'),
    hint,
    error: fieldError(context, 'code'),
  });
}

function renderSignIn(context: ScreenContext): TemplateResult {
  return formScreen(context, {
    name: 'signIn',
    tabs: accountTabs(context, 'signIn'),
    title: 'signIn.title',
    notice: true,
    fields: [usernameField(context), password(context, 'password', 'fields.password', 'current-password')],
    submit: ['signIn.submit', 'signIn.submitting'],
    onSubmit: (value) =>
      context.send({ type: 'submitSignIn', username: value('username'), password: value('password') }),
    footers: [navLink(context, 'resetPassword', 'signIn.forgotPassword')],
  });
}

function attributeField(context: ScreenContext, name: string): TemplateResult {
  const { t } = context.translator;
  const known = ATTRIBUTES[name];
  if (name === 'phone_number')
    return phone(context, `attribute:${name}`, t('attributes.phone_number'), 'tel-national', fieldError(context, name));
  return textField(
    customized(context, {
      id: `${context.idPrefix}-attr-${name.replace(/[^\w-]/gu, '-')}`,
      name: `attribute:${name}`,
      label: known ? t(known.label) : t('attributes.custom', { name: name.replace(/^custom:/u, '') }),
      type: known?.type ?? 'text',
      autocomplete: known?.autocomplete ?? 'on',
      error: fieldError(context, name),
      required: overrideOf(context, name).required ?? true,
    }),
  );
}

function renderSignUp(context: ScreenContext): TemplateResult {
  const [loginMechanism] = context.config.loginMechanisms;
  const attributes = context.config.signUpAttributes.filter(
    (name) => !(loginMechanism !== 'username' && name === loginMechanism),
  );
  return formScreen(context, {
    name: 'signUp',
    tabs: accountTabs(context, 'signUp'),
    title: 'signUp.title',
    fields: ordered(context, [
      ['username', usernameField(context, [loginMechanism])],
      ...attributes.map((name): [string, TemplateResult] => [name, attributeField(context, name)]),
      [
        'password',
        html`${password(context, 'password', 'fields.newPassword', 'new-password')}${passwordChecklist(context)}`,
      ],
      ['confirmPassword', password(context, 'confirmPassword', 'fields.confirmPassword', 'new-password')],
    ]),
    submit: ['signUp.submit', 'signUp.submitting'],
    onSubmit: (value) =>
      context.send({
        type: 'submitSignUp',
        username: value('username'),
        password: value('password'),
        confirmPassword: value('confirmPassword'),
        attributes: Object.fromEntries(attributes.map((name) => [name, value(`attribute:${name}`)])),
      }),
    footers: [],
  });
}

function renderConfirmSignUp(context: ScreenContext): TemplateResult {
  return formScreen(context, {
    name: 'confirmSignUp',
    title: 'confirmSignUp.title',
    intro: sentTo(context, 'confirmSignUp'),
    notice: true,
    fields: codeInput(context),
    submit: ['confirmSignUp.submit', 'confirmSignUp.submitting'],
    onSubmit: (value) => context.send({ type: 'submitConfirmSignUp', code: value('code') }),
    footers: [
      html`${actionLink(context, 'confirmSignUp.resend', () => context.send({ type: 'resendSignUpCode' }))} ${backToSignIn(context)}`,
    ],
  });
}

const CODE_TEXT: Readonly<Record<string, MessageKey>> = {
  SOFTWARE_TOKEN_MFA: 'confirmSignIn.totp',
  SMS_MFA: 'confirmSignIn.sms',
  EMAIL_OTP: 'confirmSignIn.email',
};

function renderConfirmSignIn(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const challenge = context.state.challenge?.name ?? '';
  const intro =
    challenge === 'SOFTWARE_TOKEN_MFA' || context.state.delivery
      ? t(CODE_TEXT[challenge] ?? 'confirmSignIn.sentSomewhere', {
          destination: context.state.delivery?.destination ?? '',
        })
      : t('confirmSignIn.sentSomewhere');
  return formScreen(context, {
    name: 'confirmSignIn',
    title: 'confirmSignIn.title',
    intro,
    fields: codeInput(context),
    submit: ['confirmSignIn.submit', 'confirmSignIn.submitting'],
    onSubmit: (value) => context.send({ type: 'submitConfirmSignIn', code: value('code') }),
    footers: [backToSignIn(context)],
  });
}

function renderForceNewPassword(context: ScreenContext): TemplateResult {
  const attributes = requiredAttributes(context.state.challenge);
  return formScreen(context, {
    name: 'forceNewPassword',
    title: 'forceNewPassword.title',
    intro: context.translator.t('forceNewPassword.text'),
    fields: [newPassword(context), ...attributes.map((name) => attributeField(context, name))],
    submit: ['forceNewPassword.submit', 'forceNewPassword.submitting'],
    onSubmit: (value) =>
      context.send({
        type: 'submitForceNewPassword',
        password: value('password'),
        confirmPassword: value('confirmPassword'),
        attributes: Object.fromEntries(attributes.map((name) => [name, value(`attribute:${name}`)])),
      }),
    footers: [backToSignIn(context)],
  });
}

function renderResetPassword(context: ScreenContext): TemplateResult {
  return formScreen(context, {
    name: 'resetPassword',
    title: 'resetPassword.title',
    intro: context.translator.t('resetPassword.text'),
    fields: usernameField(context),
    submit: ['resetPassword.submit', 'resetPassword.submitting'],
    onSubmit: (value) => context.send({ type: 'submitResetPassword', username: value('username') }),
    footers: [backToSignIn(context)],
  });
}

function renderConfirmResetPassword(context: ScreenContext): TemplateResult {
  return formScreen(context, {
    name: 'confirmResetPassword',
    title: 'confirmResetPassword.title',
    intro: sentTo(context, 'confirmResetPassword'),
    notice: true,
    fields: [codeInput(context), newPassword(context)],
    submit: ['confirmResetPassword.submit', 'confirmResetPassword.submitting'],
    onSubmit: (value) =>
      context.send({
        type: 'submitConfirmResetPassword',
        code: value('code'),
        password: value('password'),
        confirmPassword: value('confirmPassword'),
      }),
    footers: [
      html`${actionLink(context, 'confirmResetPassword.resend', () => context.send({ type: 'resendResetCode' }))} ${backToSignIn(context)}`,
    ],
  });
}

/** Radio buttons for one choice, the first one checked, with its error below. */
function choices(
  context: ScreenContext,
  name: string,
  legend: string,
  options: readonly (readonly [value: string, label: string])[],
): TemplateResult {
  const error = fieldError(context, name);
  const errorId = `${context.idPrefix}-${name}-error`;
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

const MFA_LABELS: Readonly<Record<string, MessageKey>> = {
  SOFTWARE_TOKEN_MFA: 'selectMfaType.totp',
  SMS_MFA: 'selectMfaType.sms',
  EMAIL_OTP: 'selectMfaType.email',
};

function renderSelectMfaType(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const setup = context.state.challenge?.name === 'MFA_SETUP';
  const types = mfaTypesOf(context.state.challenge).filter(
    (type) => MFA_LABELS[type] !== undefined && (!setup || type !== 'SMS_MFA'),
  );
  return formScreen(context, {
    name: 'selectMfaType',
    title: setup ? 'selectMfaType.setupTitle' : 'selectMfaType.title',
    fields: choices(
      context,
      'mfaType',
      t(setup ? 'selectMfaType.setupText' : 'selectMfaType.text'),
      types.map((type) => [type, t(MFA_LABELS[type] ?? 'selectMfaType.totp')] as const),
    ),
    submit: ['selectMfaType.submit', 'selectMfaType.submitting'],
    onSubmit: (value) => context.send({ type: 'submitSelectMfaType', mfaType: value('mfaType') }),
    footers: [backToSignIn(context)],
  });
}

function renderSetupTotp(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const secret = context.state.totpSecret ?? '';
  const block = totpSecret({
    id: `${context.idPrefix}-totp`,
    secret,
    issuer: context.totpIssuer,
    account: context.totpAccountName,
    copied: context.totpCopied,
    onCopy: () => context.copyTotpSecret(secret),
    labels: {
      instructions: t('totp.instructions'),
      qrLabel: t('totp.qrLabel'),
      secretLabel: t('totp.secretLabel'),
      copy: t('totp.copy'),
      copied: t('totp.copied'),
      openApp: t('totp.openApp'),
    },
  });
  return formScreen(context, {
    name: 'setupTotp',
    title: 'setupTotp.title',
    fields: [block, codeInput(context, t('setupTotp.codeHint'))],
    submit: ['setupTotp.submit', 'setupTotp.submitting'],
    onSubmit: (value) => context.send({ type: 'submitSetupTotp', code: value('code') }),
    footers: [backToSignIn(context)],
  });
}

function renderSetupEmail(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  return formScreen(context, {
    name: 'setupEmail',
    title: 'setupEmail.title',
    intro: t('setupEmail.text'),
    fields: textField(
      customized(context, {
        id: `${context.idPrefix}-email`,
        name: 'email',
        label: t('fields.email'),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        error: fieldError(context, 'email'),
      }),
    ),
    submit: ['setupEmail.submit', 'setupEmail.submitting'],
    onSubmit: (value) => context.send({ type: 'submitSetupEmail', email: value('email') }),
    footers: [backToSignIn(context)],
  });
}

function renderCustomChallenge(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const content = context.customChallengeContent;
  return formScreen(context, {
    name: 'customChallenge',
    title: 'customChallenge.title',
    fields: [
      content
        ? html`<div class="cognito-screen__text" data-part="custom-challenge">${content(context.state.challenge?.parameters ?? {})}</div>`
        : html``,
      textField(
        customized(context, {
          id: `${context.idPrefix}-answer`,
          name: 'answer',
          label: t('customChallenge.answer'),
          autocomplete: 'off',
          error: fieldError(context, 'answer'),
        }),
      ),
    ],
    submit: ['customChallenge.submit', 'customChallenge.submitting'],
    // Each round of the challenge starts with an empty answer field: the element resets a
    // screen's form when the same challenge comes again.
    onSubmit: (value) => context.send({ type: 'submitCustomChallenge', answer: value('answer') }),
    footers: [backToSignIn(context)],
  });
}

const CONTACT_LABELS: Readonly<Record<string, MessageKey>> = {
  email: 'verifyUser.email',
  phone_number: 'verifyUser.phoneNumber',
};

function skipButton(context: ScreenContext): TemplateResult {
  return html`<button class="cognito-link" type="button" @click=${() => context.send({ type: 'skipVerification' })}>${context.translator.t('verifyUser.skip')}</button>`;
}

function renderVerifyUser(context: ScreenContext): TemplateResult {
  const { t } = context.translator;
  const contacts = context.state.contacts ?? [];
  return formScreen(context, {
    name: 'verifyUser',
    title: 'verifyUser.title',
    fields: choices(
      context,
      'attribute',
      t('verifyUser.text'),
      contacts.map(
        (contact) =>
          [contact.name, t(CONTACT_LABELS[contact.name] ?? 'verifyUser.email', { value: contact.value })] as const,
      ),
    ),
    submit: ['verifyUser.submit', 'verifyUser.submitting'],
    onSubmit: (value) => context.send({ type: 'submitVerifyUser', attribute: value('attribute') }),
    footers: [skipButton(context)],
  });
}

function renderConfirmVerifyUser(context: ScreenContext): TemplateResult {
  return formScreen(context, {
    name: 'confirmVerifyUser',
    title: 'confirmVerifyUser.title',
    intro: sentTo(context, 'confirmVerifyUser'),
    fields: codeInput(context),
    submit: ['confirmVerifyUser.submit', 'confirmVerifyUser.submitting'],
    onSubmit: (value) => context.send({ type: 'submitConfirmVerifyUser', code: value('code') }),
    footers: [skipButton(context)],
  });
}

/** What the element draws for each screen (signed in, it shows the app instead). */
export const screens: Readonly<Record<Exclude<Route, 'authenticated'>, (context: ScreenContext) => TemplateResult>> = {
  idle: renderSetup,
  setup: renderSetup,
  signIn: renderSignIn,
  signUp: renderSignUp,
  confirmSignUp: renderConfirmSignUp,
  confirmSignIn: renderConfirmSignIn,
  selectMfaType: renderSelectMfaType,
  setupTotp: renderSetupTotp,
  setupEmail: renderSetupEmail,
  forceNewPassword: renderForceNewPassword,
  resetPassword: renderResetPassword,
  confirmResetPassword: renderConfirmResetPassword,
  verifyUser: renderVerifyUser,
  confirmVerifyUser: renderConfirmVerifyUser,
  customChallenge: renderCustomChallenge,
};
