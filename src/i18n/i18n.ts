/**
 * Translations through i18next with semantic keys. `locales/en.json` is the source of
 * truth and types the keys (see `types.ts`): a key that is not there is a compile error.
 * This module works on any i18next instance (the app's own or the element's, see
 * `own-i18n.ts`) without bundling i18next itself; it is loaded with the first language
 * other than English.
 */
import type { i18n as I18n, TOptions } from 'i18next';
import type { MessageOverrides, Messages, Translator } from './types.js';

export type { EnglishMessages, MessageKey, MessageOverrides, Messages, Translator } from './types.js';

/** The i18next namespace the element's strings live in. */
export const NAMESPACE = 'cognito-authenticator';

/**
 * Merges the element's messages for `language` into an instance; messages already there
 * (an app's own wording, a brand's overrides) are kept.
 */
export function addMessages(instance: I18n, language: string, messages: Messages): void {
  instance.addResourceBundle(language, NAMESPACE, messages, true, false);
}

/** Replaces single messages, e.g. a brand's own words. */
export function applyOverrides(instance: I18n, overrides: MessageOverrides | undefined): void {
  for (const [language, messages] of Object.entries(overrides ?? {})) {
    for (const [key, text] of Object.entries(messages)) {
      if (typeof text === 'string') instance.addResource(language, NAMESPACE, key, text);
    }
  }
}

/**
 * Texts in one language from an instance, without changing the instance's own language
 * (a host app's instance keeps the language the app chose).
 */
export function createTranslator(instance: I18n, language = 'en'): Translator {
  const fixed = instance.getFixedT(language, NAMESPACE);
  const t = (key: string, options?: TOptions): string => fixed(key, { fallbackLng: 'en', ...options });
  return {
    language,
    t,
    tDynamic: (key, fallback, options) =>
      instance.exists(key, { ns: NAMESPACE, lng: language, ...options }) ? t(key, options) : t(fallback, options),
  };
}
