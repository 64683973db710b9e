/**
 * The pseudo-locale `en-XA`: every English message with accented letters and 40% more
 * length, inside brackets. Text that shows up plain in a pseudo-localised screen did not
 * come from the translations; text that is cut off will be cut off in long languages.
 */
import type { Messages } from './types.js';

const ACCENTS = Array.from('àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ');
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', (letter, index) => [
    letter,
    ACCENTS[index] ?? letter,
  ]),
);

/** Accents and lengthens one message, leaving `{{placeholders}}` alone. */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\{[^}]*\}\})/u)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/gu, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${accented}${padding}⟧`;
}

function transform<T>(messages: T): T {
  if (typeof messages === 'string') return pseudoLocalize(messages) as T;
  return Object.fromEntries(
    Object.entries(messages as Record<string, unknown>).map(([key, value]) => [key, transform(value)]),
  ) as T;
}

export function pseudoMessages(english: Messages): Messages {
  return transform(english);
}
