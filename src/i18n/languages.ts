/**
 * The languages the element speaks, how a requested language maps to one of them, and
 * which way each is written. Every locale but English is loaded on demand
 * (`locale-loaders.ts`), so English pages load none of them.
 */
import type { Messages } from './types.js';
import { ENGLISH } from './english-messages.js';
import { LOADERS } from './locale-loaders.js';

/** The test pseudo-locale: accented, 40% longer English. */
export const PSEUDO_LOCALE = 'en-XA';

export type Language = 'en' | typeof PSEUDO_LOCALE | keyof typeof LOADERS;

/** Every language the element ships, English first. */
export const LANGUAGES: readonly Language[] = ['en', ...(Object.keys(LOADERS) as (keyof typeof LOADERS)[])];

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
        ? import('./pseudo.js').then((module) => module.pseudoMessages(ENGLISH))
        : LOADERS[language]().then((module) => module.default);
    // A failed load may be tried again later (the network may come back).
    pending.catch(() => cache.delete(language));
    cache.set(language, pending);
  }
  return pending;
}
