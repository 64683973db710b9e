/**
 * Reading and answering Cognito's JSON wire documents, for the test proxy and the parts of
 * Cognito it answers itself (`cognito-proxy.ts`, `user-auth-server.ts`). Node only.
 */
import type { Json } from './cognito-commands.js';

export type JsonObject = Readonly<Record<string, Json>>;

/** What the proxy answers a request with. */
export interface Reply {
  readonly status: number;
  readonly body: Json;
  readonly delayMs?: number;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(object: Json | undefined, key: string): string | undefined {
  if (!isObject(object)) return undefined;
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

export function parseJson(text: string): Json {
  if (text === '') return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

/** The claims of a JWT, read without verifying it (the emulator signed it). */
export function claimsOfToken(token: string): Json {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  return parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
}

/** A Cognito client error: HTTP 400 and `{"__type": type, "message": message}`. */
export function cognitoError(type: string, message: string): Reply {
  return { status: 400, body: { __type: type, message } };
}

export const INCORRECT_PASSWORD = cognitoError('NotAuthorizedException', 'Incorrect username or password.');
