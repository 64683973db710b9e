/**
 * The server commands the test bench offers to browser tests, shared by the wtr plugin
 * (Node side, `wtr-cognito-plugin.ts`) and the browser helpers (`cognito.ts`).
 * It imports nothing at run time, so both sides can load it.
 */
import type { SentCode } from './emulator.js';
import type { SignInCode } from './user-auth-server.js';

export type { SentCode, SignInCode };

/** A JSON value, as carried by a command payload or a canned answer body. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A fresh pool and app client (no secret) in the emulator, reached through the test proxy. */
export interface CognitoPoolInfo {
  /** The test proxy's URL: point the element here (it forwards to the emulator). */
  readonly endpoint: string;
  /** The emulator's own URL, bypassing the proxy (no canned answers, no request log, no SRP). */
  readonly emulatorEndpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

/** One request the proxy received for a client, forwarded or answered. */
export interface ProxiedRequest {
  /** The operation from `X-Amz-Target`, e.g. `InitiateAuth`; empty when the header is absent. */
  readonly operation: string;
  /** The parsed JSON body; `null` when it is empty or not JSON. */
  readonly body: Json;
}

export interface CommandMap {
  'cognito-pool': { payload: { name?: string }; result: CognitoPoolInfo };
  'cognito-user': {
    payload: {
      userPoolId: string;
      username: string;
      password: string;
      attributes?: Record<string, string>;
      temporary?: boolean;
    };
    result: { created: true };
  };
  'cognito-totp-user': {
    payload: { userPoolId: string; clientId: string; username: string; password: string; alsoSms?: boolean };
    result: { secret: string };
  };
  'cognito-codes': { payload: { userPoolId: string }; result: SentCode[] };
  'cognito-answer': {
    payload: { clientId: string; operation: string; status: number; body: Json; times?: number; delayMs?: number };
    result: { registered: true };
  };
  'cognito-srp': {
    payload: { userPoolId: string; clientId: string; username: string; password: string };
    result: { registered: true };
  };
  'cognito-requests': { payload: { clientId: string }; result: ProxiedRequest[] };
  'cognito-user-auth': {
    payload: {
      userPoolId: string;
      clientId: string;
      username: string;
      password: string;
      email?: string;
      phone?: string;
      origin: string;
      rpId: string;
    };
    result: { registered: true };
  };
  'cognito-sign-in-codes': { payload: { clientId: string }; result: SignInCode[] };
  'cognito-expire-sign-ins': { payload: { clientId: string }; result: { expired: true } };
  'cognito-domain': {
    payload: {
      userPoolId: string;
      clientId: string;
      redirectUris: string[];
      logoutUris: string[];
      providers: string[];
      idpIdentifiers?: Record<string, string>;
    };
    result: { path: string };
  };
  'cognito-federated-user': {
    payload: { userPoolId: string; provider: string; username: string; password: string; email: string };
    result: { registered: true };
  };
}

export type CommandName = keyof CommandMap;
export type CommandPayload<C extends CommandName> = CommandMap[C]['payload'];
export type CommandResult<C extends CommandName> = CommandMap[C]['result'];

export const commandNames: readonly CommandName[] = [
  'cognito-pool',
  'cognito-user',
  'cognito-codes',
  'cognito-answer',
  'cognito-totp-user',
  'cognito-srp',
  'cognito-requests',
  'cognito-user-auth',
  'cognito-sign-in-codes',
  'cognito-expire-sign-ins',
  'cognito-domain',
  'cognito-federated-user',
];
