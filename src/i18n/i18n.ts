/**
 * Translations through i18next with semantic keys. `locales/en.json` is the source of
 * truth and types the keys: a key that is not there is a compile error.
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };

/** The i18next namespace the element's strings live in. */
export const NAMESPACE = 'cognito-authenticator';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key of the element. */
export type MessageKey = Leaves<typeof en>;

export type Messages = typeof en;

export interface Translator {
  readonly i18n: I18n;
  /** Text for a key known at compile time. */
  readonly t: (key: MessageKey, options?: TOptions) => string;
  /** Text for a key that came from elsewhere (the core, a server error); `fallback` when unknown. */
  readonly tDynamic: (key: string, fallback: MessageKey, options?: TOptions) => string;
}

/** An i18next instance of the element's own, with English loaded. */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: { en: { [NAMESPACE]: en } },
    // Lit renders every value as text, so i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function createTranslator(instance: I18n = createI18n()): Translator {
  const t = (key: string, options?: TOptions): string => instance.t(key, { ns: NAMESPACE, ...options });
  return {
    i18n: instance,
    t,
    tDynamic: (key, fallback, options) => (instance.exists(key, { ns: NAMESPACE, ...options }) ? t(key, options) : t(fallback, options)),
  };
}
