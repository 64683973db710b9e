/**
 * The element's own i18next instance, for pages that do not hand over theirs. Loaded with
 * the first language other than English (English needs no i18next: see `english.ts`).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { NAMESPACE } from './i18n.js';
import type { Messages } from './types.js';

/**
 * An i18next instance of the element's own, with English loaded (handed over by the caller,
 * which has it already: this module then carries no copy of it).
 */
export function createI18n(english: Messages): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: { en: { [NAMESPACE]: english } },
    // Lit renders every value as text, so i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
