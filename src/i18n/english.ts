/**
 * English without i18next. The element's own strings in English use only a small part of
 * i18next's format: nested keys, `{{name}}` values, `{{count, number}}` and plural
 * suffixes. This translator reads that part of the format directly, so a page in English
 * loads no i18next at all; a test checks that it gives i18next's text for every key.
 */
import type { TOptions } from 'i18next';
import { ENGLISH } from './english-messages.js';
import type { MessageOverrides, Messages, Translator } from './types.js';

export type { EnglishMessages } from './types.js';

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
  const find = (key: string): string | undefined => own[key] ?? lookup(ENGLISH, key);
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
