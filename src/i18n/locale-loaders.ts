/**
 * How each language but English is loaded: a dynamic import of its JSON with a static
 * string, so that a bundler gives each language a chunk of its own, fetched on first use.
 * This table is itself loaded only when a language other than English is asked for. The
 * compiler checks that it has a loader for each language `languages.ts` lists, and a test
 * that it has no other.
 *
 * The single-file build (`scripts/build.ts`) puts a smaller module in place of this one,
 * which imports the same files by name from `../locales/`, where they sit next to it.
 */
import type { Messages } from './types.js';

type Loader = () => Promise<{ default: Messages }>;

export const LOADERS = {
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
