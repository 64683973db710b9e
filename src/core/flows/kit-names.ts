/**
 * The flow kit (`kit.ts`) by name, for the flows loaded later that take it: a module of
 * theirs, not of the journey, which keeps the kit a plain list.
 */
import type { FlowKit } from './kit.js';

/** The kit by name, for the flow that takes it. */
export function kitByName(kit: FlowKit) {
  const [
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
  ] = kit;
  return {
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
  };
}
