/**
 * The languages the element speaks, how a requested language maps to one of them, and
 * which way each is written. Every locale but English is loaded on demand, through a
 * table of loaders (`locale-loaders.ts`) that is itself loaded with the first of them, so
 * English pages load none of it.
 */
import { loadEnglish } from './english.js';
import type { Messages } from './types.js';

/** The test pseudo-locale: accented, 40% longer English. */
export const PSEUDO_LOCALE = 'en-XA';

/** Every language the element ships but English, each a file of `locales/` (`locale-loaders.ts` loads them). */
const OTHER_LANGUAGES = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh-CN',
  'zh-TW',
] as const;

export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

export type Language = 'en' | typeof PSEUDO_LOCALE | OtherLanguage;

/** Every language the element ships, English first. */
export const LANGUAGES: readonly Language[] = ['en', ...OTHER_LANGUAGES];

/** What a bare language code means when several regional variants ship. */
const DEFAULT_REGION: Readonly<Record<string, Language>> = { pt: 'pt-BR', zh: 'zh-CN', no: 'nb', nn: 'nb' };

/** Chinese script subtags and regions that are written in Traditional characters. */
const TRADITIONAL_CHINESE = /^zh-(?:hant|tw|hk|mo)\b/iu;

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The shipped language for a BCP 47 tag: an exact match (`pt-BR`), else its language
 * (`de-AT` → `de`), else English.
 */
export function resolveLanguage(tag: string): Language {
  const cleaned = tag.trim().replace(/_/gu, '-');
  if (cleaned === '') return 'en';
  if (cleaned.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const exact = LANGUAGES.find((language) => language.toLowerCase() === cleaned.toLowerCase());
  if (exact) return exact;
  if (TRADITIONAL_CHINESE.test(cleaned)) return 'zh-TW';
  const base = (cleaned.split('-')[0] ?? '').toLowerCase();
  return DEFAULT_REGION[base] ?? LANGUAGES.find((language) => language === base) ?? 'en';
}

/** `rtl` for languages written right to left. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

const cache = new Map<Language, Promise<Messages>>();

/** The messages of a language other than English, fetched once per page. */
export function loadMessages(language: Exclude<Language, 'en'>): Promise<Messages> {
  let pending = cache.get(language);
  if (!pending) {
    pending =
      language === PSEUDO_LOCALE
        ? Promise.all([import('./pseudo.js'), loadEnglish()]).then(([module, english]) =>
            module.pseudoMessages(english),
          )
        : import('./locale-loaders.js').then(({ LOADERS }) => LOADERS[language]()).then((module) => module.default);
    // A failed load may be tried again later (the network may come back).
    pending.catch(() => cache.delete(language));
    cache.set(language, pending);
  }
  return pending;
}
