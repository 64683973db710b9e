/**
 * The languages the element speaks, how a requested language maps to one of them, and
 * which way each is written. Every locale but English is loaded on demand through a
 * static-string dynamic import, so a bundler gives each its own chunk and English pages
 * load none of them.
 */
import type { Messages } from './i18n.js';

type Loader = () => Promise<{ default: Messages }>;

const LOADERS = {
  ar: () => import('../../locales/ar.json', { with: { type: 'json' } }),
  bg: () => import('../../locales/bg.json', { with: { type: 'json' } }),
  ca: () => import('../../locales/ca.json', { with: { type: 'json' } }),
  cs: () => import('../../locales/cs.json', { with: { type: 'json' } }),
  da: () => import('../../locales/da.json', { with: { type: 'json' } }),
  de: () => import('../../locales/de.json', { with: { type: 'json' } }),
  el: () => import('../../locales/el.json', { with: { type: 'json' } }),
  es: () => import('../../locales/es.json', { with: { type: 'json' } }),
  et: () => import('../../locales/et.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa.json', { with: { type: 'json' } }),
  fi: () => import('../../locales/fi.json', { with: { type: 'json' } }),
  fr: () => import('../../locales/fr.json', { with: { type: 'json' } }),
  he: () => import('../../locales/he.json', { with: { type: 'json' } }),
  hi: () => import('../../locales/hi.json', { with: { type: 'json' } }),
  hr: () => import('../../locales/hr.json', { with: { type: 'json' } }),
  hu: () => import('../../locales/hu.json', { with: { type: 'json' } }),
  id: () => import('../../locales/id.json', { with: { type: 'json' } }),
  it: () => import('../../locales/it.json', { with: { type: 'json' } }),
  ja: () => import('../../locales/ja.json', { with: { type: 'json' } }),
  ko: () => import('../../locales/ko.json', { with: { type: 'json' } }),
  lt: () => import('../../locales/lt.json', { with: { type: 'json' } }),
  lv: () => import('../../locales/lv.json', { with: { type: 'json' } }),
  ms: () => import('../../locales/ms.json', { with: { type: 'json' } }),
  nb: () => import('../../locales/nb.json', { with: { type: 'json' } }),
  nl: () => import('../../locales/nl.json', { with: { type: 'json' } }),
  pl: () => import('../../locales/pl.json', { with: { type: 'json' } }),
  'pt-BR': () => import('../../locales/pt-BR.json', { with: { type: 'json' } }),
  'pt-PT': () => import('../../locales/pt-PT.json', { with: { type: 'json' } }),
  ro: () => import('../../locales/ro.json', { with: { type: 'json' } }),
  ru: () => import('../../locales/ru.json', { with: { type: 'json' } }),
  sk: () => import('../../locales/sk.json', { with: { type: 'json' } }),
  sl: () => import('../../locales/sl.json', { with: { type: 'json' } }),
  sr: () => import('../../locales/sr.json', { with: { type: 'json' } }),
  sv: () => import('../../locales/sv.json', { with: { type: 'json' } }),
  th: () => import('../../locales/th.json', { with: { type: 'json' } }),
  tr: () => import('../../locales/tr.json', { with: { type: 'json' } }),
  uk: () => import('../../locales/uk.json', { with: { type: 'json' } }),
  ur: () => import('../../locales/ur.json', { with: { type: 'json' } }),
  vi: () => import('../../locales/vi.json', { with: { type: 'json' } }),
  'zh-CN': () => import('../../locales/zh-CN.json', { with: { type: 'json' } }),
  'zh-TW': () => import('../../locales/zh-TW.json', { with: { type: 'json' } }),
} satisfies Record<string, Loader>;

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
        ? import('./pseudo.js').then((module) => module.pseudoMessages())
        : LOADERS[language]().then((module) => module.default);
    // A failed load may be tried again later (the network may come back).
    pending.catch(() => cache.delete(language));
    cache.set(language, pending);
  }
  return pending;
}
