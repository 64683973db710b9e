/**
 * web-test-runner plugin: runs the Cognito emulator and the test proxy (`cognito-proxy.ts`)
 * for the browser tests, and serves the `cognito-*` server commands that
 * `test/support/cognito.ts` sends. Node only.
 */
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname } from 'node:path';
import type { Middleware } from '@web/dev-server-core';
import type { TestRunnerPlugin } from '@web/test-runner';
import type { CommandName, CommandPayload, CommandResult, Json } from './cognito-commands.js';
import { commandNames } from './cognito-commands.js';
import { CognitoDomains } from './cognito-domain.js';
import { startCognitoProxy, type CognitoProxy } from './cognito-proxy.js';
import {
  createConfirmedUser,
  createPool,
  enableTotp,
  readSentCodes,
  startEmulator,
  type Emulator,
} from './emulator.js';
import { totpCode } from './totp.js';

// The admin SDK client warns on every run that future releases will need Node 22: noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

interface Bench {
  readonly emulator: Emulator;
  readonly proxy: CognitoProxy;
  readonly domains: CognitoDomains;
}

type Handler<C extends CommandName> = (
  bench: Bench,
  payload: CommandPayload<C>,
) => CommandResult<C> | Promise<CommandResult<C>>;
type Handlers = { [C in CommandName]: Handler<C> };

function isCommand(command: string): command is CommandName {
  return (commandNames as readonly string[]).includes(command);
}

/** Checks the payload a browser sent, which arrives untyped over the wire. */
function checkPayload(command: CommandName, payload: unknown): void {
  if (typeof payload !== 'object' || payload === null) throw new Error(`${command}: the payload must be an object`);
  const fields = payload as Record<string, unknown>;
  const strings: Partial<Record<CommandName, readonly string[]>> = {
    'cognito-user': ['userPoolId', 'username', 'password'],
    'cognito-codes': ['userPoolId'],
    'cognito-answer': ['clientId', 'operation'],
    'cognito-srp': ['userPoolId', 'clientId', 'username', 'password'],
    'cognito-totp-user': ['userPoolId', 'clientId', 'username', 'password'],
    'cognito-requests': ['clientId'],
    'cognito-user-auth': ['userPoolId', 'clientId', 'username', 'password', 'origin', 'rpId'],
    'cognito-sign-in-codes': ['clientId'],
    'cognito-expire-sign-ins': ['clientId'],
    'cognito-domain': ['userPoolId', 'clientId'],
    'cognito-federated-user': ['userPoolId', 'provider', 'username', 'password', 'email'],
  };
  for (const key of strings[command] ?? []) {
    if (typeof fields[key] !== 'string' || fields[key] === '')
      throw new Error(`${command}: "${key}" must be a non-empty string`);
  }
  if (command === 'cognito-answer' && typeof fields.status !== 'number')
    throw new Error(`${command}: "status" must be a number`);
}

let poolCount = 0;

/** The bench while the server runs (one per test run), for the plugin and the Cognito domain's middleware. */
let bench: Bench | undefined;

/**
 * Dev-server middleware that serves the pools' Cognito domains (`cognito-domain.ts`) on the
 * test page's own origin, under `/cognito-domain/`.
 */
export function cognitoDomainMiddleware(): Middleware {
  return async (ctx, next): Promise<void> => {
    if (!ctx.path.startsWith('/cognito-domain/') || !bench) {
      await next();
      return;
    }
    ctx.respond = false;
    if (!(await bench.domains.handle(ctx.req, ctx.res))) {
      ctx.respond = true;
      await next();
    }
  };
}

const handlers: Handlers = {
  async 'cognito-pool'({ emulator, proxy }, { name }) {
    poolCount += 1;
    const pool = await createPool(emulator, name ?? `test-pool-${poolCount}`);
    return { endpoint: proxy.endpoint, emulatorEndpoint: emulator.endpoint, ...pool };
  },
  async 'cognito-user'({ emulator }, { userPoolId, username, password, attributes, temporary }) {
    await createConfirmedUser(emulator, userPoolId, username, password, attributes, { temporary: temporary === true });
    return { created: true };
  },
  async 'cognito-totp-user'({ emulator }, { userPoolId, clientId, username, password, alsoSms }) {
    await createConfirmedUser(
      emulator,
      userPoolId,
      username,
      password,
      alsoSms === true ? { phone_number: '+15550100199', phone_number_verified: 'true' } : {},
    );
    const secret = await enableTotp(
      emulator,
      { userPoolId, clientId },
      username,
      password,
      (totpSecret) => totpCode(totpSecret),
      { alsoSms: alsoSms === true },
    );
    return { secret };
  },
  'cognito-codes'({ emulator }, { userPoolId }) {
    return readSentCodes(emulator, userPoolId);
  },
  'cognito-answer'({ proxy }, payload) {
    proxy.answer(payload);
    return { registered: true };
  },
  'cognito-srp'({ proxy }, payload) {
    proxy.registerSrp(payload);
    return { registered: true };
  },
  'cognito-requests'({ proxy }, { clientId }) {
    return proxy.requests(clientId);
  },
  'cognito-user-auth'({ proxy }, payload) {
    proxy.registerUserAuth(payload);
    return { registered: true };
  },
  'cognito-sign-in-codes'({ proxy }, { clientId }) {
    return proxy.signInCodes(clientId);
  },
  'cognito-expire-sign-ins'({ proxy }, { clientId }) {
    proxy.expireSignIns(clientId);
    return { expired: true };
  },
  'cognito-domain'({ domains }, payload) {
    return { path: domains.register(payload) };
  },
  'cognito-federated-user'({ domains }, payload) {
    domains.addUser(payload);
    return { registered: true };
  },
};

async function run<C extends CommandName>(bench: Bench, command: C, payload: CommandPayload<C>): Promise<Json> {
  // TypeScript cannot correlate `handlers[command]` with `payload` for a generic C.
  const handler = handlers[command] as Handler<C>;
  // Results travel to the browser as JSON.
  return (await handler(bench, payload)) as unknown as Json;
}

/**
 * Kills the emulator and removes its folder synchronously: the last resort when the process
 * exits or is told to stop without wtr's `serverStop` running.
 */
function killNow(emulator: Emulator): void {
  try {
    process.kill(emulator.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  rmSync(dirname(emulator.dataDir), { recursive: true, force: true });
}

export function cognitoPlugin(): TestRunnerPlugin {
  let removeExitHandlers = (): void => undefined;

  function installExitHandlers(emulator: Emulator): void {
    const onExit = (): void => killNow(emulator);
    // wtr stops itself on SIGINT (and then runs serverStop); on SIGTERM and SIGHUP nothing
    // would, so clean up and exit with the conventional code.
    const onSignal = (signal: NodeJS.Signals): void => {
      killNow(emulator);
      if (signal !== 'SIGINT') process.exit(128 + constants.signals[signal]);
    };
    process.once('exit', onExit);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
    removeExitHandlers = () => {
      process.off('exit', onExit);
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, onSignal);
    };
  }

  return {
    name: 'cognito-bench',

    async serverStart() {
      const emulator = await startEmulator();
      installExitHandlers(emulator);
      try {
        bench = {
          emulator,
          proxy: await startCognitoProxy(emulator.endpoint),
          domains: new CognitoDomains(emulator.endpoint),
        };
      } catch (error) {
        await emulator.stop();
        removeExitHandlers();
        throw error;
      }
    },

    async serverStop() {
      const current = bench;
      bench = undefined;
      if (!current) return;
      try {
        await current.proxy.close();
      } finally {
        await current.emulator.stop();
        removeExitHandlers();
      }
    },

    async executeCommand({ command, payload }) {
      if (!isCommand(command)) return undefined; // not ours: let other plugins answer
      if (!bench) throw new Error(`${command}: the Cognito emulator is not running`);
      checkPayload(command, payload);
      return run(bench, command, payload as CommandPayload<typeof command>);
    },
  };
}
