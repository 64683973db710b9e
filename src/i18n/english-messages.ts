/**
 * The element's English messages, `locales/en.json`: the source of every key. The one
 * module that imports the file; every other module gets the messages from here.
 */
import en from '../../locales/en.json' with { type: 'json' };

/** The shape of `locales/en.json`, the source of every key. */
export type EnglishMessages = typeof en;

/** Every English message, as `locales/en.json` holds them. */
export const ENGLISH: EnglishMessages = en;
