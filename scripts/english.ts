/**
 * Splits the English messages (`locales/en.json`, the source of every key) by screen, so
 * that a page whose people only sign in with a password loads only the words it shows:
 *
 * - `src/i18n/english/sign-in.json`: the sign-in and loading screens, the shell around
 *   them and the messages the password journey commonly shows (`SIGN_IN_KEYS`);
 * - `src/i18n/english/screens.json`: everything else, loaded with the first other screen
 *   (or the first message of sign-in that is not in the first file).
 *
 * Both files are committed; a unit test fails when they drift from `locales/en.json`.
 * `node --import tsx scripts/english.ts` (`npm run english`, also run by `npm run build`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Messages } from '../src/i18n/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export const SOURCE = 'locales/en.json';
export const SIGN_IN_FILE = 'src/i18n/english/sign-in.json';
export const SCREENS_FILE = 'src/i18n/english/screens.json';

/**
 * The keys of the password journey: a group (`tabs`) takes all of its keys, a key takes
 * its plural forms (`validation.tooLong` is `tooLong_one` and `tooLong_other`).
 */
export const SIGN_IN_KEYS: readonly string[] = [
  // The loading screen, the password field's toggle, the notice region's fallback.
  'common.loading',
  'common.showPassword',
  'common.hidePassword',
  'common.dismiss',
  'tabs',
  'fields.username',
  'fields.email',
  'fields.phoneNumber',
  'fields.password',
  'fields.dialCode',
  'fields.usernameOrEmail',
  'fields.usernameOrPhone',
  'fields.emailOrPhone',
  'fields.usernameEmailOrPhone',
  'signIn',
  // What checking the username and password can say.
  'validation.required',
  'validation.email',
  'validation.phoneNumber',
  'validation.username',
  'validation.tooLong',
  // What signing in, staying signed in and signing out commonly fail with.
  'errors.configuration',
  'errors.forbidden',
  'errors.globalSignOut',
  'errors.lambda',
  'errors.limitExceeded',
  'errors.network',
  'errors.notAuthorized',
  'errors.passwordAttemptsExceeded',
  'errors.service',
  'errors.sessionEnded',
  'errors.sessionExpired',
  'errors.timeout',
  'errors.tooManyRequests',
  'errors.unknown',
  'errors.userNotFound',
];

const PLURAL = /_(?:zero|one|two|few|many|other)$/u;

/** Whether a key (`errors.network`, `validation.tooLong_one`) belongs to the password journey. */
export function isSignInKey(key: string): boolean {
  const base = key.replace(PLURAL, '');
  return SIGN_IN_KEYS.some((entry) => base === entry || key.startsWith(`${entry}.`));
}

/** The messages whose keys `keep` says yes to, in the source's order; empty groups left out. */
function pick(messages: Messages, keep: (key: string) => boolean, prefix = ''): Messages {
  const picked: Record<string, string | Messages> = {};
  for (const [name, value] of Object.entries(messages)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'string') {
      if (keep(key)) picked[name] = value;
      continue;
    }
    const group = pick(value, keep, `${key}.`);
    if (Object.keys(group).length > 0) picked[name] = group;
  }
  return picked;
}

/** The two files' messages, from the English messages. */
export function splitEnglish(english: Messages): { signIn: Messages; screens: Messages } {
  return {
    signIn: pick(english, isSignInKey),
    screens: pick(english, (key) => !isSignInKey(key)),
  };
}

/** A file's text, as it is committed. */
export function fileText(messages: Messages): string {
  return `${JSON.stringify(messages, null, 2)}\n`;
}

/** The two files' texts, by path, from `locales/en.json` as it is now. */
export function englishFiles(): Map<string, string> {
  const english = JSON.parse(readFileSync(join(root, SOURCE), 'utf8')) as Messages;
  const { signIn, screens } = splitEnglish(english);
  return new Map([
    [SIGN_IN_FILE, fileText(signIn)],
    [SCREENS_FILE, fileText(screens)],
  ]);
}

/** Writes both files. */
export function writeEnglish(): void {
  for (const [file, text] of englishFiles()) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeEnglish();
