/**
 * An HTTP proxy in front of the Cognito emulator for the browser tests. Node only.
 *
 * - Forwards every request to the emulator unchanged (method, path, body, content type,
 *   `X-Amz-Target`, `X-Amz-User-Agent`), answers CORS preflights itself and adds
 *   `Access-Control-Allow-Origin: *` to every response.
 * - Logs each request per app client, so a test can assert what was (not) sent.
 * - Answers a request with a canned response when a test registered one for that client
 *   and operation (Cognito's real error shapes, calls the emulator lacks).
 * - Answers USER_SRP_AUTH as Cognito does (the emulator lacks it) for users registered
 *   with `registerSrp`, then hands out real tokens from the emulator.
 * - Answers USER_AUTH and the passkey calls (`user-auth-server.ts`) for users registered
 *   with `registerUserAuth`, with a real WebAuthn verifier.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json, ProxiedRequest } from './cognito-commands.js';
import { makeVerifier, SrpServerAttempt, type SrpVerifierRecord } from './srp-server.js';
import { UserAuthServer, type SignInCode, type UserAuthUser } from './user-auth-server.js';
import {
  claimsOfToken,
  cognitoError,
  INCORRECT_PASSWORD,
  isObject,
  parseJson,
  stringField,
  type Reply,
} from './wire-json.js';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const AMZ_JSON = 'application/x-amz-json-1.1';
const CORS_HEADERS = { 'access-control-allow-origin': '*' } as const;
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'POST, OPTIONS',
  // The AWS SDK adds its two `amz-sdk-*` headers, which Cognito's endpoints accept.
  'access-control-allow-headers':
    'content-type, x-amz-target, x-amz-user-agent, cache-control, amz-sdk-invocation-id, amz-sdk-request',
  'access-control-max-age': '600',
} as const;
/** Request headers passed on to the emulator. */
const FORWARDED_HEADERS = ['content-type', 'x-amz-target', 'x-amz-user-agent'] as const;

export interface CannedAnswer {
  readonly clientId: string;
  /** Operation name without the service prefix, e.g. `InitiateAuth`. */
  readonly operation: string;
  /** HTTP status; 0 drops the connection without an answer, as a network failure does. */
  readonly status: number;
  readonly body: Json;
  /** How many requests it answers; 1 when absent. */
  readonly times?: number;
  /** Milliseconds to wait before answering (a slow server). */
  readonly delayMs?: number;
}

export interface SrpUser {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly username: string;
  /** The user's password in the emulator, used to fetch real tokens after a correct proof. */
  readonly password: string;
}

export interface CognitoProxy {
  /** Base URL, e.g. `http://127.0.0.1:34567`. */
  readonly endpoint: string;
  answer(canned: CannedAnswer): void;
  registerSrp(user: SrpUser): void;
  /** Lets the user sign in through USER_AUTH and make passkeys (`user-auth-server.ts`). */
  registerUserAuth(user: UserAuthUser): void;
  /** The sign-in codes sent by email or text message for a client, oldest first. */
  signInCodes(clientId: string): SignInCode[];
  /** Lets every USER_AUTH sign-in session of the client expire. */
  expireSignIns(clientId: string): void;
  /** The requests received for a client so far, oldest first. */
  requests(clientId: string): ProxiedRequest[];
  close(): Promise<void>;
}

interface PendingAnswer {
  readonly operation: string;
  readonly reply: Reply;
  remaining: number;
}

interface SrpAccount extends SrpUser {
  readonly poolName: string;
  readonly record: SrpVerifierRecord;
}

interface SrpPending {
  readonly account: SrpAccount;
  readonly attempt: SrpServerAttempt;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { ...CORS_HEADERS, 'content-type': AMZ_JSON });
  response.end(JSON.stringify(reply.body));
}

/** Starts the proxy on a free loopback port, forwarding to `upstream` (the emulator's URL). */
export async function startCognitoProxy(upstream: string): Promise<CognitoProxy> {
  const answers = new Map<string, PendingAnswer[]>();
  const logs = new Map<string, ProxiedRequest[]>();
  /** Sessions handed out by the emulator, so a Session-only request can be tied to its client. */
  const sessions = new Map<string, string>();
  const srpAccounts = new Map<string, SrpAccount>();
  /** USER_SRP_AUTH attempts waiting for their PASSWORD_VERIFIER answer, by SECRET_BLOCK. */
  const srpPending = new Map<string, SrpPending>();
  const accountKey = (clientId: string, username: string): string => `${clientId}\u0000${username}`;

  function clientIdOf(body: Json): string | undefined {
    const clientId = stringField(body, 'ClientId');
    if (clientId !== undefined) return clientId;
    const accessToken = stringField(body, 'AccessToken');
    if (accessToken !== undefined) return stringField(claimsOfToken(accessToken), 'client_id');
    const session = stringField(body, 'Session');
    return session === undefined ? undefined : sessions.get(session);
  }

  function rememberSession(clientId: string, replyBody: Json): void {
    const session = stringField(replyBody, 'Session');
    if (session !== undefined) sessions.set(session, clientId);
  }

  function takeAnswer(clientId: string, operation: string): Reply | undefined {
    const queue = answers.get(clientId);
    const index = queue?.findIndex((pending) => pending.operation === operation) ?? -1;
    const pending = queue?.[index];
    if (!queue || !pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) queue.splice(index, 1);
    return pending.reply;
  }

  /** Signs the user in with the emulator by password, as the result of a verified SRP proof. */
  async function passwordSignIn(account: SrpUser): Promise<Reply> {
    const response = await fetch(upstream, {
      method: 'POST',
      headers: { 'content-type': AMZ_JSON, 'x-amz-target': `${TARGET_PREFIX}InitiateAuth` },
      body: JSON.stringify({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: account.clientId,
        AuthParameters: { USERNAME: account.username, PASSWORD: account.password },
      }),
    });
    return { status: response.status, body: parseJson(await response.text()) };
  }

  /** The PASSWORD_VERIFIER challenge for a user registered for SRP (USER_SRP_AUTH, or PASSWORD_SRP in USER_AUTH). */
  function startSrp(clientId: string, username: string, srpA: string | undefined): Reply {
    const account = srpAccounts.get(accountKey(clientId, username));
    if (!account) return cognitoError('UserNotFoundException', 'User does not exist.');
    if (srpA === undefined) return cognitoError('InvalidParameterException', 'Missing required parameter SRP_A');
    let attempt: SrpServerAttempt;
    try {
      attempt = new SrpServerAttempt(account.poolName, account.username, account.record, srpA);
    } catch (error) {
      return cognitoError('InvalidParameterException', error instanceof Error ? error.message : String(error));
    }
    srpPending.set(attempt.challenge.SECRET_BLOCK, { account, attempt });
    return { status: 200, body: { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: { ...attempt.challenge } } };
  }

  function registerSrp(user: SrpUser): void {
    const separator = user.userPoolId.indexOf('_');
    if (separator < 0) throw new Error(`Invalid user pool id ${user.userPoolId}`);
    const poolName = user.userPoolId.slice(separator + 1);
    const record = makeVerifier(poolName, user.username, user.password);
    srpAccounts.set(accountKey(user.clientId, user.username), { ...user, poolName, record });
  }

  const userAuth = new UserAuthServer({ signIn: passwordSignIn, startSrp });

  /** Answers the USER_SRP_AUTH steps; `undefined` for every other request. */
  async function answerSrp(operation: string, body: Json, clientId: string): Promise<Reply | undefined> {
    if (operation === 'InitiateAuth' && stringField(body, 'AuthFlow') === 'USER_SRP_AUTH') {
      const parameters = isObject(body) ? body.AuthParameters : undefined;
      return startSrp(clientId, stringField(parameters, 'USERNAME') ?? '', stringField(parameters, 'SRP_A'));
    }
    if (operation === 'RespondToAuthChallenge' && stringField(body, 'ChallengeName') === 'PASSWORD_VERIFIER') {
      const responses = isObject(body) ? body.ChallengeResponses : undefined;
      const secretBlock = stringField(responses, 'PASSWORD_CLAIM_SECRET_BLOCK') ?? '';
      const pending = srpPending.get(secretBlock);
      if (pending?.account.clientId !== clientId) return INCORRECT_PASSWORD;
      srpPending.delete(secretBlock);
      const answer = {
        PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
        PASSWORD_CLAIM_SIGNATURE: stringField(responses, 'PASSWORD_CLAIM_SIGNATURE') ?? '',
        TIMESTAMP: stringField(responses, 'TIMESTAMP') ?? '',
        USERNAME: stringField(responses, 'USERNAME') ?? '',
      };
      let verified = false;
      try {
        verified = pending.attempt.verify(answer);
      } catch {
        // a malformed proof is a wrong proof
      }
      return verified ? passwordSignIn(pending.account) : INCORRECT_PASSWORD;
    }
    return undefined;
  }

  /** Passes the request on to the emulator and relays its answer. */
  async function forward(
    request: IncomingMessage,
    response: ServerResponse,
    raw: string,
    clientId: string | undefined,
  ): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const method = request.method ?? 'GET';
    const upstreamResponse = await fetch(new URL(request.url ?? '/', upstream), {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: raw }),
    });
    const text = await upstreamResponse.text();
    const replyHeaders: Record<string, string> = { ...CORS_HEADERS };
    const contentType = upstreamResponse.headers.get('content-type');
    if (contentType !== null) replyHeaders['content-type'] = contentType;
    response.writeHead(upstreamResponse.status, replyHeaders);
    response.end(text);
    if (clientId !== undefined) rememberSession(clientId, parseJson(text));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Every connection serves one request: a browser retries a request by itself when a
    // reused connection drops, which would hide a dropped request from the test.
    response.shouldKeepAlive = false;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS);
      response.end();
      return;
    }
    const raw = await readBody(request);
    const target = request.headers['x-amz-target'];
    const operation =
      typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    const body = parseJson(raw);
    const clientId = clientIdOf(body);
    if (clientId !== undefined) {
      let log = logs.get(clientId);
      if (!log) logs.set(clientId, (log = []));
      log.push({ operation, body });
      const reply =
        takeAnswer(clientId, operation) ??
        (await answerSrp(operation, body, clientId)) ??
        (await userAuth.answer(operation, body, clientId));
      if (reply?.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (reply?.status === 0) {
        response.destroy();
        return;
      }
      if (reply) {
        send(response, reply);
        rememberSession(clientId, reply.body);
        return;
      }
    }
    await forward(request, response, raw, clientId);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`[cognito-proxy] ${request.method ?? ''} ${request.url ?? ''}: ${message}`);
      if (!response.headersSent) send(response, { status: 500, body: { __type: 'CognitoTestProxyError', message } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    answer({ clientId, operation, status, body, times = 1, delayMs }) {
      if (!Number.isInteger(times) || times < 1) throw new Error(`times must be a positive integer, got ${times}`);
      let queue = answers.get(clientId);
      if (!queue) answers.set(clientId, (queue = []));
      queue.push({
        operation,
        reply: { status, body, ...(delayMs === undefined ? {} : { delayMs }) },
        remaining: times,
      });
    },
    registerSrp,
    registerUserAuth(user) {
      registerSrp(user);
      userAuth.register(user);
    },
    signInCodes(clientId) {
      return userAuth.codes(clientId);
    },
    expireSignIns(clientId) {
      userAuth.expire(clientId);
    },
    requests(clientId) {
      return [...(logs.get(clientId) ?? [])];
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
