/**
 * Translations through i18next with semantic keys. `locales/en.json` is the source of
 * truth and types the keys: a key that is not there is a compile error. This module works
 * on any i18next instance (the app's own or the element's, see `own-i18n.ts`) without
 * bundling i18next itself; it is loaded with the first language other than English.
 */
import type { i18n as I18n, TOptions } from 'i18next';
import type { EnglishMessages } from './english.js';

/** The i18next namespace the element's strings live in. */
export const NAMESPACE = 'cognito-authenticator';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key of the element. */
export type MessageKey = Leaves<EnglishMessages>;

/** A locale file: nested objects of strings. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Per-language replacements for single messages: `{ en: { 'signIn.title': 'Welcome back' } }`. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<MessageKey, string>>>>;

export interface Translator {
  /** The language the texts are in. */
  readonly language: string;
  /** Text for a key known at compile time. */
  readonly t: (key: MessageKey, options?: TOptions) => string;
  /** Text for a key that came from elsewhere (the core, a server error); `fallback` when unknown. */
  readonly tDynamic: (key: string, fallback: MessageKey, options?: TOptions) => string;
}

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
