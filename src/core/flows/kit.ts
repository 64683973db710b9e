/**
 * What a flow loaded later (the passwordless flow) builds its transitions with, handed to it
 * rather than imported: an import from a chunk loaded later would split these modules out of
 * the file the password journey loads first, and that file compresses best whole.
 */
import { busy, forgetPassword, invalid, show, showFailure, stay } from '../state.js';
import {
  checkCode,
  checkCurrentPassword,
  checkUsername,
  collectErrors,
  normalizeCode,
  normalizeUsername,
} from '../validation.js';
import { on } from './flow.js';
import { onSignInResult } from './sign-in.js';
import { checkContacts } from './verify-contact.js';

/** In this order; a list rather than an object, as its names would be bytes of the journey. */
export const flowKit = [
  busy,
  forgetPassword,
  invalid,
  show,
  showFailure,
  stay,
  checkCode,
  checkCurrentPassword,
  checkUsername,
  collectErrors,
  normalizeCode,
  normalizeUsername,
  on,
  onSignInResult,
  checkContacts,
] as const;

export type FlowKit = typeof flowKit;
