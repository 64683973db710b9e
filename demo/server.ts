/**
 * `npm start`: the demo. Starts the local Cognito emulator with a seeded user pool (or
 * uses a real pool when COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID are set), bundles the
 * element and serves a page with it and the themes of themes/, plus an inbox of the codes
 * the local pool sent.
 *
 *   PORT          port of the demo page (default 8000)
 *   COGNITO_PORT  port of the local emulator (default 9230)
 */
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  createConfirmedUser,
  createPool,
  enableTotp,
  readSentCodes,
  startEmulator,
  type Emulator,
  type Pool,
  type SentCode,
} from '../test/support/emulator.ts';
import { totpCode } from '../test/support/totp.ts';
import { demoHandler, type DemoFile } from './handler.ts';

const root = new URL('..', import.meta.url).pathname;
const demoDir = new URL('.', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8000);
const emulatorPort = Number(process.env.COGNITO_PORT ?? 9230);

interface Target {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  /** The emulator's endpoint; empty for a real pool. */
  readonly endpoint: string;
  readonly authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
}

interface DemoPool extends Pool {
  /** The TOTP secret of the seeded user `totp`, whose authenticator app the inbox stands in for. */
  readonly totpSecret: string;
}

/**
 * Reuses the pool kept in .demo/ from an earlier run, or creates one with a user for each
 * journey the emulator runs: `demo` signs in, `newbie` has a temporary password to change,
 * `totp` has an authenticator app.
 */
async function localPool(emulator: Emulator, stateDir: string): Promise<DemoPool> {
  const saved = join(stateDir, 'pool.json');
  try {
    const pool = JSON.parse(await readFile(saved, 'utf8')) as DemoPool;
    await readFile(join(emulator.dataDir, 'db', `${pool.userPoolId}.json`));
    if (!pool.totpSecret) throw new Error('an older demo pool');
    return pool;
  } catch {
    const created = await createPool(emulator, 'demo');
    const verified = (email: string) => ({ email, email_verified: 'true' });
    await createConfirmedUser(emulator, created.userPoolId, 'demo', 'Passw0rd!', verified('demo@example.com'));
    await createConfirmedUser(emulator, created.userPoolId, 'newbie', 'Temp0rary!', verified('newbie@example.com'), {
      temporary: true,
    });
    await createConfirmedUser(emulator, created.userPoolId, 'totp', 'Passw0rd!', verified('totp@example.com'));
    const totpSecret = await enableTotp(emulator, created, 'totp', 'Passw0rd!', (secret) => totpCode(secret));
    const pool = { ...created, totpSecret };
    await writeFile(saved, JSON.stringify(pool));
    return pool;
  }
}

/** The codes the local pool holds, and what the `totp` user's authenticator app shows now. */
async function inbox(emulator: Emulator, pool: DemoPool): Promise<SentCode[]> {
  const app: SentCode = {
    username: 'totp',
    destination: 'authenticator app',
    purpose: 'mfa',
    code: await totpCode(pool.totpSecret),
  };
  return [...(await readSentCodes(emulator, pool.userPoolId)), app];
}

/** Bundles the element and the page's script, each locale in a chunk of its own: path → source. */
async function bundle(entries: Record<string, string>): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'esnext',
    minify: true,
    write: false,
    outdir: '/',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

async function main(): Promise<void> {
  const realPoolId = process.env.COGNITO_USER_POOL_ID;
  const realClientId = process.env.COGNITO_CLIENT_ID;
  let emulator: Emulator | undefined;
  let demoPool: DemoPool | undefined;
  let target: Target;
  if (realPoolId && realClientId) {
    target = {
      userPoolId: realPoolId,
      clientId: realClientId,
      region: process.env.COGNITO_REGION ?? '',
      endpoint: '',
      authFlow: 'USER_SRP_AUTH',
    };
  } else {
    const stateDir = join(root, '.demo');
    await mkdir(stateDir, { recursive: true });
    emulator = await startEmulator({ port: emulatorPort, workDir: stateDir });
    demoPool = await localPool(emulator, stateDir);
    // The emulator has no SRP, so the local demo signs in with USER_PASSWORD_AUTH.
    target = {
      userPoolId: demoPool.userPoolId,
      clientId: demoPool.clientId,
      region: '',
      endpoint: emulator.endpoint,
      authFlow: 'USER_PASSWORD_AUTH',
    };
  }

  const themeFiles = (await readdir(join(root, 'themes'))).filter((file) => file.endsWith('.css'));
  const [scripts, pageHtml, css, themes] = await Promise.all([
    bundle({ authenticator: join(root, 'src/define.ts'), app: join(demoDir, 'app.ts') }),
    readFile(join(demoDir, 'index.html'), 'utf8'),
    readFile(join(demoDir, 'demo.css'), 'utf8'),
    Promise.all(
      themeFiles.map(async (file) => [`/themes/${file}`, await readFile(join(root, 'themes', file), 'utf8')] as const),
    ),
  ]);
  const page = pageHtml
    .replace('{{userPoolId}}', escapeAttribute(target.userPoolId))
    .replace('{{clientId}}', escapeAttribute(target.clientId))
    .replace('{{region}}', escapeAttribute(target.region))
    .replace('{{endpoint}}', escapeAttribute(target.endpoint))
    .replace('{{authFlow}}', target.authFlow);
  const connect = target.endpoint || 'https://*.amazonaws.com https://*.amazonaws.com.cn';
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${connect}; require-trusted-types-for 'script'; trusted-types lit-html`;

  const files: Readonly<Record<string, DemoFile>> = {
    '/': ['text/html', page, csp],
    '/demo.css': ['text/css', css],
    ...Object.fromEntries(themes.map(([path, text]) => [path, ['text/css', text] as const])),
    '/favicon.ico': ['image/x-icon', ''],
    ...Object.fromEntries([...scripts].map(([path, text]) => [path, ['text/javascript', text] as const])),
  };
  const server = createServer(
    demoHandler({
      files,
      inbox: () => (emulator && demoPool ? inbox(emulator, demoPool) : Promise.resolve([])),
      port,
    }),
  );
  server.listen(port, '127.0.0.1', () => {
    console.log(
      emulator
        ? `User pool: ${target.userPoolId} on ${target.endpoint}. Users: demo / Passw0rd!, newbie / Temp0rary! (must change it), totp / Passw0rd! (code in the inbox)`
        : `User pool: ${target.userPoolId}`,
    );
    console.log(`Demo: http://127.0.0.1:${port}/`);
  });

  const shutdown = (): void => {
    server.close();
    void (emulator?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
