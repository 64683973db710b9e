/** The pool's own challenge: the host's rendering of its public parameters, and an answer. */
import { html, type TemplateResult } from 'lit';
import { textField } from '../../../fields/fields.js';
import { customized, fieldError } from './fields.js';
import { backToSignIn } from './more-fields.js';
import { formScreen } from './parts.js';
import type { ScreenSettings, ScreenView } from './view.js';

export function renderCustomChallenge(view: ScreenView<'customChallenge'>, settings: ScreenSettings): TemplateResult {
  const { t } = view.translator;
  const content = settings.customChallengeContent;
  return formScreen(view, {
    name: 'customChallenge',
    title: 'customChallenge.title',
    fields: [
      content
        ? html`<div class="cognito-screen__text" data-part="custom-challenge">${content(view.state.challenge.parameters)}</div>`
        : html``,
      textField(
        customized(view, {
          id: `${view.idPrefix}-answer`,
          name: 'answer',
          label: t('customChallenge.answer'),
          autocomplete: 'off',
          error: fieldError(view, 'answer'),
        }),
      ),
    ],
    submit: ['customChallenge.submit', 'customChallenge.submitting'],
    // Each round of the challenge starts with an empty answer field: the element resets a
    // screen's form when the same challenge comes again.
    onSubmit: (value) => {
      view.send({ type: 'submitCustomChallenge', answer: value('answer') });
    },
    footers: [backToSignIn(view)],
  });
}
