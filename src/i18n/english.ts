/**
 * English without i18next. The element's own strings in English use only a small part of
 * i18next's format: nested keys, `{{name}}` values, `{{count, number}}` and plural
 * suffixes. This translator reads that part of the format directly, so a page in English
 * loads no i18next at all; a test checks that it gives i18next's text for every key.
 *
 * The messages come in two parts, split from `locales/en.json` by `scripts/english.ts`:
 * those of the password journey, loaded with the element, and those of every other screen,
 * loaded with the first of them (`loadEnglish`).
 */
import type { TOptions } from 'i18next';
import signInMessages from './english/sign-in.json' with { type: 'json' };
import type { EnglishMessages, MessageOverrides, Messages, Translator } from './types.js';

export type { EnglishMessages } from './types.js';

/** The parts of the English messages loaded so far. */
const parts: Messages[] = [signInMessages];
let rest: Promise<EnglishMessages> | undefined;

function merge(a: Messages, b: Messages): Messages {
  const merged: Record<string, string | Messages> = { ...a };
  for (const [name, value] of Object.entries(b)) {
    const before = merged[name];
    merged[name] = typeof value === 'object' && typeof before === 'object' ? merge(before, value) : value;
  }
  return merged;
}

/**
 * Every English message, as `locales/en.json` holds them: loads the messages of the other
 * screens the first time (a failed load is tried again on the next call).
 */
export function loadEnglish(): Promise<EnglishMessages> {
  rest ??= import('./english/screens.json', { with: { type: 'json' } }).then(
    (module) => {
      if (!parts.includes(module.default)) parts.push(module.default);
      // The two parts together are `locales/en.json` (a test checks it).
      return merge(signInMessages, module.default) as EnglishMessages;
    },
    (error: unknown) => {
      rest = undefined;
      throw error;
    },
  );
  return rest;
}

/**
 * Whether the English translator can give the text of `key` now: every key once all of
 * English is loaded, before that those of the password journey (with their plural forms).
 * Without a key: whether all of English is loaded.
 */
export function hasEnglish(key?: string): boolean {
  if (parts.length > 1) return true;
  return key !== undefined && (lookup(signInMessages, key) ?? lookup(signInMessages, `${key}_other`)) !== undefined;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const PLACEHOLDER = /\{\{\s*([^\s,}]+)\s*(?:,\s*([^}]*?)\s*)?\}\}/gu;

/** The element's texts in English, with a brand's own wording (`overrides.en`) first. */
export function englishTranslator(overrides?: MessageOverrides): Translator {
  const own: Readonly<Record<string, string | undefined>> = overrides?.en ?? {};
  const plural = new Intl.PluralRules('en');
  const numbers = new Intl.NumberFormat('en');
  const find = (key: string): string | undefined => {
    if (own[key] !== undefined) return own[key];
    for (const part of parts) {
      const text = lookup(part, key);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  const resolve = (key: string, options?: TOptions): string | undefined => {
    const count: unknown = options?.count;
    if (typeof count === 'number') {
      // As i18next: `_zero` for nothing at all, then the language's plural form, then `_other`.
      const forms = [...(count === 0 ? ['zero'] : []), plural.select(count), 'other'];
      for (const form of forms) {
        const text = find(`${key}_${form}`);
        if (text !== undefined) return text;
      }
    }
    return find(key);
  };
  const t = (key: string, options?: TOptions): string => {
    const text = resolve(key, options);
    if (text === undefined) return key;
    return text.replace(PLACEHOLDER, (placeholder, name: string, format: string | undefined) => {
      const value: unknown = options?.[name];
      if (value === undefined || value === null) return placeholder;
      if (format === 'number' && typeof value === 'number') return numbers.format(value);
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
  };
  return {
    language: 'en',
    t,
    tDynamic: (key, fallback, options) =>
      resolve(key, options) === undefined ? t(fallback, options) : t(key, options),
  };
}
