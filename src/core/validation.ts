/**
 * Client-side checks, run before any request: each returns the translation key of the
 * message to show beside the field (with its values), or nothing when the value is fine.
 * Normalisers turn what people type into what Cognito expects.
 */
import type { LoginMechanism } from './types.js';

/** A message for one field: a translation key and the values it interpolates. */
export interface FieldError {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type FieldErrors = Readonly<Record<string, FieldError>>;

/** A user pool's password policy (Cognito's `PasswordPolicyType`). */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
}

/** Cognito's default policy for a new user pool. */
export const defaultPasswordPolicy: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

export type PasswordRule = 'minLength' | 'lowercase' | 'uppercase' | 'number' | 'symbol';

// Cognito's special characters; a space inside the password counts too.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]|(?<=\S) +(?=\S)/u;
// An address people type: no spaces, no quotes or angle brackets, a dotted domain.
const EMAIL = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** Cognito's username pattern: letters, marks, symbols, numbers and punctuation, nothing invisible. */
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
/** Characters no field should carry: control and invisible formatting characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const MAX_USERNAME = 128;
const MAX_EMAIL = 254;
const MAX_PASSWORD = 256;
const MAX_ATTRIBUTE = 2048;
/** The longest custom-challenge answer sent (the API sets no length for a challenge response; a trigger gets it whole). */
const MAX_ANSWER = 2048;
const E164 = /^\+[1-9]\d{1,14}$/u;
const CODE = /^\d{4,10}$/u;

/** The rules of `policy` that `password` breaks, in a stable order. */
export function unmetPasswordRules(password: string, policy: PasswordPolicy): PasswordRule[] {
  const unmet: PasswordRule[] = [];
  if (Array.from(password).length < policy.minLength) unmet.push('minLength');
  if (policy.requireLowercase && !/\p{Ll}/u.test(password)) unmet.push('lowercase');
  if (policy.requireUppercase && !/\p{Lu}/u.test(password)) unmet.push('uppercase');
  if (policy.requireNumbers && !/\d/u.test(password)) unmet.push('number');
  if (policy.requireSymbols && !SYMBOL.test(password)) unmet.push('symbol');
  return unmet;
}

const RULE_KEYS: Record<PasswordRule, string> = {
  minLength: 'validation.passwordMinLength',
  lowercase: 'validation.passwordLowercase',
  uppercase: 'validation.passwordUppercase',
  number: 'validation.passwordNumber',
  symbol: 'validation.passwordSymbol',
};

export function checkRequired(value: string): FieldError | undefined {
  return value.trim() === '' ? { key: 'validation.required' } : undefined;
}

function checkLength(value: string, max: number): FieldError | undefined {
  return value.length > max ? { key: 'validation.tooLong', values: { count: max } } : undefined;
}

export function checkEmail(value: string): FieldError | undefined {
  return (
    checkRequired(value) ??
    checkLength(value.trim(), MAX_EMAIL) ??
    (EMAIL.test(value.trim()) ? undefined : { key: 'validation.email' })
  );
}

export function checkPhoneNumber(value: string): FieldError | undefined {
  return (
    checkRequired(value) ?? (E164.test(normalizePhoneNumber(value)) ? undefined : { key: 'validation.phoneNumber' })
  );
}

/**
 * Checks what someone types to sign in, by the pool's login mechanisms: a phone number as
 * E.164, an email address as one, a username by Cognito's pattern (with several mechanisms,
 * by what the value looks like).
 */
export function checkUsername(
  value: string,
  mechanisms: LoginMechanism | readonly LoginMechanism[],
): FieldError | undefined {
  const list = typeof mechanisms === 'string' ? [mechanisms] : mechanisms;
  const trimmed = value.trim();
  if (list.includes('phone_number') && (list.length === 1 || LOOKS_LIKE_PHONE.test(trimmed)))
    return checkPhoneNumber(value);
  if (!list.includes('username')) return checkEmail(value);
  return (
    checkRequired(value) ??
    checkLength(trimmed, MAX_USERNAME) ??
    (USERNAME.test(trimmed) ? undefined : { key: 'validation.username' })
  );
}

/** Checks a password being signed in with: that it is there, within Cognito's length. */
export function checkCurrentPassword(value: string): FieldError | undefined {
  return value === '' ? { key: 'validation.required' } : checkLength(value, MAX_PASSWORD);
}

/** Checks the answer to a custom challenge: that it is there, and not longer than an answer is let be. */
export function checkAnswer(value: string): FieldError | undefined {
  return checkRequired(value) ?? checkLength(value, MAX_ANSWER);
}

/** Checks a new password against the policy; the message names the first rule it breaks. */
export function checkNewPassword(value: string, policy: PasswordPolicy): FieldError | undefined {
  if (value === '') return { key: 'validation.required' };
  if (value !== value.trim()) return { key: 'validation.passwordSpaces' };
  if (INVISIBLE.test(value)) return { key: 'validation.invisibleCharacters' };
  const tooLong = checkLength(value, MAX_PASSWORD);
  if (tooLong) return tooLong;
  const [first] = unmetPasswordRules(value, policy);
  if (first === undefined) return undefined;
  return first === 'minLength'
    ? { key: RULE_KEYS.minLength, values: { count: policy.minLength } }
    : { key: RULE_KEYS[first] };
}

export function checkConfirmation(password: string, confirmation: string): FieldError | undefined {
  if (confirmation === '') return { key: 'validation.required' };
  return password === confirmation ? undefined : { key: 'validation.passwordMismatch' };
}

export function checkCode(value: string): FieldError | undefined {
  return checkRequired(value) ?? (CODE.test(normalizeCode(value)) ? undefined : { key: 'validation.code' });
}

/** Checks a user attribute by its kind. */
export function checkAttribute(name: string, value: string, required: boolean): FieldError | undefined {
  if (value.trim() === '') return required ? { key: 'validation.required' } : undefined;
  if (INVISIBLE.test(value)) return { key: 'validation.invisibleCharacters' };
  const tooLong = checkLength(value.trim(), MAX_ATTRIBUTE);
  if (tooLong) return tooLong;
  if (name === 'email') return checkEmail(value);
  if (name === 'phone_number') return checkPhoneNumber(value);
  return undefined;
}

const LOOKS_LIKE_PHONE = /^\+[\d\s().-]+$/u;

/** Trims a username and, for phone numbers, keeps only `+` and digits. */
export function normalizeUsername(value: string, mechanisms: LoginMechanism | readonly LoginMechanism[]): string {
  const list = typeof mechanisms === 'string' ? [mechanisms] : mechanisms;
  const phone = list.includes('phone_number') && (list.length === 1 || LOOKS_LIKE_PHONE.test(value.trim()));
  return phone ? normalizePhoneNumber(value) : value.trim();
}

/** `+1 (555) 010-0199` → `+15550100199`. */
export function normalizePhoneNumber(value: string): string {
  return value.replace(/[\s().-]/gu, '');
}

/** Keeps only the digits of a code (people paste `123 456`), Arabic-Indic and Persian digits read as 0–9. */
export function normalizeCode(value: string): string {
  return value
    .replace(/\s/gu, '')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

export function normalizeAttribute(name: string, value: string): string {
  return name === 'phone_number' ? normalizePhoneNumber(value) : value.trim();
}

/** Drops the fields without an error; `undefined` when every field is fine. */
export function collectErrors(checks: Record<string, FieldError | undefined>): FieldErrors | undefined {
  const errors = Object.fromEntries(
    Object.entries(checks).filter((entry): entry is [string, FieldError] => entry[1] !== undefined),
  );
  return Object.keys(errors).length > 0 ? errors : undefined;
}
