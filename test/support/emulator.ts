/**
 * Starts and seeds cognito-local, the Cognito user-pool emulator, for the browser tests
 * and the demo. Node only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, open } from 'node:fs/promises';
import { Agent } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  CreateUserPoolClientCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';

const require = createRequire(import.meta.url);

export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:34567`. */
  readonly endpoint: string;
  /** Folder the emulator keeps its data in (`.cognito/db/<poolId>.json`). */
  readonly dataDir: string;
  readonly pid: number;
  /** An SDK client for admin calls; any credentials are accepted. */
  readonly admin: CognitoIdentityProviderClient;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Port to listen on; a free loopback port when absent. */
  port?: number;
  /** Folder to run in; a fresh temporary folder when absent (removed on stop). */
  workDir?: string;
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${endpoint}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cognito-local did not answer ${endpoint}/health within ${timeoutMs} ms`);
}

/** The emulator's environment: codes are random (as in Cognito) unless the caller's CODE says otherwise. */
function emulatorEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  if (!env.CODE) delete env.CODE;
  return env;
}

export async function startEmulator(options: StartOptions = {}): Promise<Emulator> {
  const ownsDir = options.workDir === undefined;
  const workDir = options.workDir ?? (await mkdtemp(join(tmpdir(), 'cognito-local-')));
  await mkdir(join(workDir, '.cognito'), { recursive: true });
  // Usernames are plain usernames unless a pool asks for email or phone as username.
  await writeFile(
    join(workDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  const port = options.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;
  // Its console is never read: it is sent to a file so that a full pipe cannot stall it.
  const log = await open(join(workDir, 'cognito-local.log'), 'a');
  const child = spawn(process.execPath, [require.resolve('cognito-local/lib/bin/start.js')], {
    cwd: workDir,
    env: emulatorEnv(port),
    stdio: ['ignore', log.fd, log.fd],
  });
  // Never outlive the process that started it, however that process ends.
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  const killOnExit = (): void => {
    if (alive()) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (alive()) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      if (alive()) child.kill('SIGKILL');
    }
    await log.close().catch(() => undefined);
    if (ownsDir) await rm(workDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(endpoint, child, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const admin = new CognitoIdentityProviderClient({
    endpoint,
    region: 'local',
    maxAttempts: 1,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    // A fresh connection for every call: a kept-alive one can be closed by the emulator just
    // as the next call goes out after a pause (5 s idle), which ends it with "socket hang up".
    requestHandler: { httpAgent: new Agent({ keepAlive: false }) },
  });
  return { endpoint, dataDir: join(workDir, '.cognito'), pid: child.pid ?? -1, admin, stop };
}

export interface Pool {
  readonly userPoolId: string;
  readonly clientId: string;
}

/** Creates a pool and an app client without a secret that allows SRP and password sign-in. */
export async function createPool(
  emulator: Emulator,
  name: string,
  pool: Partial<CreateUserPoolCommandInput> = {},
): Promise<Pool> {
  const created = await emulator.admin.send(
    new CreateUserPoolCommand({
      PoolName: name,
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'email', AttributeDataType: 'String', Mutable: true, Required: false }],
      ...pool,
    }),
  );
  const userPoolId = created.UserPool?.Id;
  if (!userPoolId) throw new Error('CreateUserPool returned no pool id');
  const client = await emulator.admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: `${name}-web`,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  const clientId = client.UserPoolClient?.ClientId;
  if (!clientId) throw new Error('CreateUserPoolClient returned no client id');
  return { userPoolId, clientId };
}

/**
 * Adds a confirmed user with a permanent password, or with a temporary one (as an
 * administrator does): that user must choose a new password at the first sign-in.
 */
export async function createConfirmedUser(
  emulator: Emulator,
  userPoolId: string,
  username: string,
  password: string,
  attributes: Record<string, string> = {},
  options: { temporary?: boolean } = {},
): Promise<void> {
  await emulator.admin.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      ...(options.temporary ? { TemporaryPassword: password } : {}),
    }),
  );
  if (options.temporary) return;
  await emulator.admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
}

/**
 * Makes the pool offer TOTP and sets it up for a confirmed user the way an app would
 * (associate, verify with a code, prefer it); returns the secret an authenticator app holds.
 */
export async function enableTotp(
  emulator: Emulator,
  pool: Pool,
  username: string,
  password: string,
  code: (secret: string) => Promise<string>,
  options: { alsoSms?: boolean } = {},
): Promise<string> {
  await emulator.admin.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.userPoolId,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const signedIn = await emulator.admin.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const accessToken = signedIn.AuthenticationResult?.AccessToken;
  if (!accessToken) throw new Error(`${username} could not sign in to set up TOTP`);
  const { SecretCode: secret } = await emulator.admin.send(
    new AssociateSoftwareTokenCommand({ AccessToken: accessToken }),
  );
  if (!secret) throw new Error('AssociateSoftwareToken returned no secret');
  await emulator.admin.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: await code(secret) }));
  // With SMS enabled too and neither preferred, sign-in asks the user to choose (SELECT_MFA_TYPE).
  await emulator.admin.send(
    new SetUserMFAPreferenceCommand(
      options.alsoSms
        ? { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true }, SMSMfaSettings: { Enabled: true } }
        : { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
    ),
  );
  return secret;
}

/** A code the emulator has issued and keeps in its store. */
export interface SentCode {
  readonly username: string;
  readonly destination: string;
  readonly purpose: 'confirmSignUp' | 'resetPassword' | 'verifyAttribute' | 'mfa';
  readonly code: string;
}

interface StoredUser {
  Username: string;
  Attributes?: { Name: string; Value?: string }[];
  ConfirmationCode?: string;
  AttributeVerificationCode?: string;
  MFACode?: string;
  UserStatus?: string;
}

/** Reads every code the pool currently holds from the emulator's store. */
export async function readSentCodes(emulator: Pick<Emulator, 'dataDir'>, userPoolId: string): Promise<SentCode[]> {
  let raw: string;
  try {
    raw = await readFile(join(emulator.dataDir, 'db', `${userPoolId}.json`), 'utf8');
  } catch {
    return [];
  }
  const db = JSON.parse(raw) as { Users?: Record<string, StoredUser> };
  const codes: SentCode[] = [];
  for (const user of Object.values(db.Users ?? {})) {
    const attribute = (name: string): string | undefined => user.Attributes?.find((a) => a.Name === name)?.Value;
    const destination = attribute('email') ?? attribute('phone_number') ?? user.Username;
    if (user.ConfirmationCode) {
      const purpose = user.UserStatus === 'UNCONFIRMED' ? 'confirmSignUp' : 'resetPassword';
      codes.push({ username: user.Username, destination, purpose, code: user.ConfirmationCode });
    }
    if (user.AttributeVerificationCode) {
      codes.push({
        username: user.Username,
        destination,
        purpose: 'verifyAttribute',
        code: user.AttributeVerificationCode,
      });
    }
    if (user.MFACode) {
      codes.push({ username: user.Username, destination, purpose: 'mfa', code: user.MFACode });
    }
  }
  return codes;
}
