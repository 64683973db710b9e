/**
 * The flow kit (`kit.ts`) by name, for the flows loaded later that take it: a module of
 * theirs, not of the journey, which keeps the kit a plain list.
 */
import type { FlowKit } from './kit.js';

/** The kit by name, for the flow that takes it: each name at its place in `flowKit`. */
export function kitByName(kit: FlowKit) {
  return {
    busy: kit[0],
    forgetPassword: kit[1],
    invalid: kit[2],
    show: kit[3],
    showFailure: kit[4],
    stay: kit[5],
    checkCode: kit[6],
    checkCurrentPassword: kit[7],
    checkUsername: kit[8],
    collectErrors: kit[9],
    normalizeCode: kit[10],
    normalizeUsername: kit[11],
    on: kit[12],
    onSignInResult: kit[13],
    checkContacts: kit[14],
  };
}
