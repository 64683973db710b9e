/**
 * What the screens are made of: the card, its title, the form with its error region and
 * submit button, notices and links. Forms are native and render into the light DOM; what
 * someone types is read from the form on submit, never bound to state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NavigableRoute } from '../../../core/events.js';
import type { Route } from '../../../core/types.js';
import { joinPhoneNumber } from '../../../fields/dial-codes.js';
import type { MessageKey } from '../../../i18n/i18n.js';
import type { ScreenView } from './view.js';

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

/** A link to another screen that takes along the username typed on this one. */
function navigateTo(view: ScreenView, route: NavigableRoute): (event: Event) => void {
  return (event) => {
    const typed = (event.currentTarget as Element)
      .closest('section')
      ?.querySelector<HTMLInputElement>('input[name="username"]')?.value;
    view.send(typed === undefined ? { type: 'navigate', route } : { type: 'navigate', route, username: typed });
  };
}

function stayHere(): void {
  // The screen shown already: nothing to do.
}

/**
 * Sign in | Create account, above both forms (none when sign-up is hidden). The current one
 * is marked `aria-current`; each is a button in the tab order.
 */
export function accountTabs(view: ScreenView, current: 'signIn' | 'signUp'): TemplateResult | undefined {
  if (view.config.hideSignUp) return undefined;
  const { t } = view.translator;
  const tab = (route: 'signIn' | 'signUp', key: MessageKey): TemplateResult =>
    html`<button class="cognito-tabs__tab" type="button" data-navigate=${route} aria-current=${route === current ? 'page' : 'false'} @click=${route === current ? stayHere : navigateTo(view, route)}>
      ${t(key)}
    </button>`;
  return html`<nav class="cognito-tabs" aria-label=${t('tabs.label')}>${tab('signIn', 'tabs.signIn')}${tab('signUp', 'tabs.signUp')}</nav>`;
}

/** A link-styled button to another screen; `data-navigate` names the screen it opens. */
export function navLink(view: ScreenView, route: NavigableRoute, key: MessageKey): TemplateResult {
  return html`<button class="cognito-link" type="button" data-navigate=${route} @click=${navigateTo(view, route)}>${view.translator.t(key)}</button>`;
}

function title(view: ScreenView, key: MessageKey): TemplateResult {
  return html`<h2 class="cognito-screen__title" id="${view.idPrefix}-title" tabindex="-1">${view.translator.t(key)}</h2>`;
}

function notice(view: ScreenView): TemplateResult {
  const key = view.state.notice;
  return html`<p class="cognito-alert cognito-alert--info" role="status">${key ? view.translator.tDynamic(key, 'common.dismiss') : nothing}</p>`;
}

/** The form-level error: an alert region that is always there, so what appears in it is announced. */
function formError(view: ScreenView): TemplateResult {
  const error = view.state.error;
  const text = error
    ? view.translator.tDynamic(error.key, 'errors.unknown', error.detail === undefined ? {} : { detail: error.detail })
    : undefined;
  return html`<div class="cognito-alert cognito-alert--error" role="alert">${text ?? nothing}</div>`;
}

function submitButton(view: ScreenView, idle: MessageKey, busy: MessageKey): TemplateResult {
  const pending = view.state.pending;
  return html`<button class="cognito-button" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
    ${view.translator.t(pending ? busy : idle)}
  </button>`;
}

/** The card of one screen; `data-screen` names it. */
export function screen(view: ScreenView, name: Route, body: TemplateResult): TemplateResult {
  return html`<section class="cognito-screen" data-screen=${name} aria-labelledby="${view.idPrefix}-title" aria-busy=${view.state.pending ? 'true' : 'false'}>
    ${body}
  </section>`;
}

/** What makes one form screen: everything else is the same on every screen. */
export interface FormScreen {
  readonly name: Route;
  /** The switch between signing in and creating an account, above the title. */
  readonly tabs?: TemplateResult | undefined;
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

export function formScreen(view: ScreenView, spec: FormScreen): TemplateResult {
  const onSubmit = (event: SubmitEvent): void => {
    spec.onSubmit(formValues(event));
  };
  return screen(
    view,
    spec.name,
    html`${spec.tabs ?? nothing} ${title(view, spec.title)}
      ${spec.intro === undefined ? nothing : html`<p class="cognito-screen__text">${spec.intro}</p>`} ${spec.notice ? notice(view) : nothing}
      ${view.aside ?? nothing}
      <form class="cognito-form" novalidate @submit=${onSubmit}>
        ${spec.fields} ${formError(view)} ${submitButton(view, spec.submit[0], spec.submit[1])}
      </form>
      ${spec.footers.map((footer) => html`<p class="cognito-screen__footer">${footer}</p>`)}`,
  );
}
