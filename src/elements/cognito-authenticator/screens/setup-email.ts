/** Set up codes by email: the address they go to. */
import type { TemplateResult } from 'lit';
import { textField } from '../../../fields/fields.js';
import { customized, fieldError } from './fields.js';
import { backToSignIn } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderSetupEmail(view: ScreenView<'setupEmail'>): TemplateResult {
  const { t } = view.translator;
  return formScreen(view, {
    name: 'setupEmail',
    title: 'setupEmail.title',
    intro: t('setupEmail.text'),
    fields: textField(
      customized(view, {
        id: `${view.idPrefix}-email`,
        name: 'email',
        label: t('fields.email'),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        error: fieldError(view, 'email'),
      }),
    ),
    submit: ['setupEmail.submit', 'setupEmail.submitting'],
    onSubmit: (value) => {
      view.send({ type: 'submitSetupEmail', email: value('email') });
    },
    footers: [backToSignIn(view)],
  });
}
