/** The loading screen, while the stored session is restored (and before anything is configured). */
import { html, type TemplateResult } from 'lit';
import { screen } from './parts.js';
import type { ScreenView } from './view.js';

export function renderSetup(view: ScreenView<'idle' | 'setup'>): TemplateResult {
  return screen(
    view,
    'setup',
    html`<p class="cognito-screen__text" role="status" id="${view.idPrefix}-title">${view.translator.t('common.loading')}</p>`,
  );
}
