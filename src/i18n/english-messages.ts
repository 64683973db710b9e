/**
 * The element's English messages, `locales/en.json`: the source of every key, and of the
 * types of the keys. The element itself loads them in two parts split from this file
 * (`english.ts`); the scripts read them here.
 */
import en from '../../locales/en.json' with { type: 'json' };

/** The shape of `locales/en.json`, the source of every key. */
export type EnglishMessages = typeof en;

/** Every English message, as `locales/en.json` holds them. */
export const ENGLISH: EnglishMessages = en;
