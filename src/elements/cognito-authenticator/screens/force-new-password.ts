/** A new password the pool requires before the first sign-in, with the attributes it still needs. */
import type { TemplateResult } from 'lit';
import { attributeField, backToSignIn, newPassword } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderForceNewPassword(view: ScreenView<'forceNewPassword'>): TemplateResult {
  const attributes = view.state.challenge.requiredAttributes;
  return formScreen(view, {
    name: 'forceNewPassword',
    title: 'forceNewPassword.title',
    intro: view.translator.t('forceNewPassword.text'),
    fields: [newPassword(view), ...attributes.map((name) => attributeField(view, name))],
    submit: ['forceNewPassword.submit', 'forceNewPassword.submitting'],
    onSubmit: (value) => {
      view.send({
        type: 'submitForceNewPassword',
        password: value('password'),
        confirmPassword: value('confirmPassword'),
        attributes: Object.fromEntries(attributes.map((name) => [name, value(`attribute:${name}`)])),
      });
    },
    footers: [backToSignIn(view)],
  });
}
