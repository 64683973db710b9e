/**
 * The types every translation module shares: the keys (typed from `locales/en.json`), the
 * shape of a locale file, a brand's overrides and a translator. Types only, so that any
 * module may import them without importing another's code.
 */
import type { TOptions } from 'i18next';
import type { EnglishMessages } from './english-messages.js';

export type { EnglishMessages };

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
