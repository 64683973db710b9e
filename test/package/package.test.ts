/**
 * The package as users get it: what `npm pack` puts in it, that every entry imports in
 * Node (server rendering, tests) with no DOM, and that its typings type a user's code.
 * Builds the package first (`scripts/build.ts`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPackage, CDN_FILE, README_INTEGRITY, subresourceIntegrity } from '../../scripts/build.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

interface PackageJson {
  readonly exports: Record<string, string | Record<string, string>>;
  readonly sideEffects: readonly string[];
  readonly customElements: string;
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** What a user of the package needs, and nothing else. */
const WANTED = [
  /^package\.json$/u,
  /^README\.md$/u,
  /^LICENSE(\.\w+)?$/u,
  /^custom-elements\.json$/u,
  /^dist\/src\/[\w./-]+\.(js|d\.ts)$/u,
  /^dist\/locales\/[\w-]+\.json$/u,
  /^dist\/src\/i18n\/english\/[\w-]+\.json$/u,
  /^dist\/cdn\/cognito-authenticator(\.i18n|\.pseudo)?\.js$/u,
  /^themes\/[\w./-]+\.css$/u,
];

describe('the package', () => {
  let packed: string[] = [];

  before(async () => {
    await buildPackage();
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
    const [report] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    packed = report.files.map((file) => file.path).sort();
  });

  it('packs the built entries with their types, every locale, the themes, the manifest, README and package.json, and nothing else', () => {
    assert.deepEqual(
      packed.filter((path) => !WANTED.some((pattern) => pattern.test(path))),
      [],
    );
    for (const [entry, target] of Object.entries(packageJson.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        if (file.includes('*')) continue;
        assert.ok(packed.includes(file.replace(/^\.\//u, '')), `${entry} points at ${file}, which is packed`);
      }
    }
    const locales = readdirSync(join(root, 'locales')).filter((file) => file.endsWith('.json'));
    assert.equal(locales.length, 42);
    for (const locale of locales)
      assert.ok(packed.includes(`dist/locales/${locale}`), `dist/locales/${locale} is packed`);
    const themes = existsSync(join(root, 'themes'))
      ? readdirSync(join(root, 'themes'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'))
      : [];
    for (const theme of themes) assert.ok(packed.includes(`themes/${theme}`), `themes/${theme} is packed`);
    assert.ok(packed.includes('dist/cdn/cognito-authenticator.js'));
    assert.ok(packed.includes('README.md'));
    assert.ok(
      !packed.some((path) => path.endsWith('.map') || (path.endsWith('.ts') && !path.endsWith('.d.ts'))),
      'no source files or maps',
    );
  });

  it("pins the README's CDN snippet to the built single file with its Subresource Integrity (npm run docs writes it)", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const written = README_INTEGRITY.exec(readme)?.[2];
    assert.ok(written, 'the CDN snippet has integrity="sha384-…"');
    assert.equal(written, subresourceIntegrity(readFileSync(join(root, CDN_FILE))));
  });

  it('lists only ./define as having side effects, and its manifest describes the tag', () => {
    assert.deepEqual(
      packageJson.sideEffects.filter((path) => path.startsWith('./dist/')),
      ['./dist/src/define.js'],
    );
    const manifest = JSON.parse(readFileSync(join(root, packageJson.customElements), 'utf8')) as {
      modules: {
        declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[];
      }[];
    };
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'cognito-authenticator');
    assert.ok(element, 'the manifest declares <cognito-authenticator>');
    assert.ok(element.attributes?.some((attribute) => attribute.name === 'user-pool-id'));
    assert.deepEqual(element.events?.map((event) => event.name).sort(), [
      'cognito-route-change',
      'cognito-session-expired',
      'cognito-signed-in',
      'cognito-signed-out',
    ]);
  });

  it('imports every entry in Node without a DOM, and a locale as JSON', async () => {
    const script = `
      const entries = ['cognito-authenticator', 'cognito-authenticator/define', 'cognito-authenticator/core', 'cognito-authenticator/sdk', 'cognito-authenticator/react', 'cognito-authenticator/testing'];
      const loaded = {};
      for (const entry of entries) loaded[entry] = Object.keys(await import(entry)).sort();
      const de = await import('cognito-authenticator/locales/de.json', { with: { type: 'json' } });
      console.log(JSON.stringify({ loaded, window: typeof window, document: typeof document, title: de.default.signIn.title }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
    const result = JSON.parse(stdout) as {
      loaded: Record<string, string[]>;
      window: string;
      document: string;
      title: string;
    };
    assert.equal(result.window, 'undefined');
    assert.equal(result.document, 'undefined');
    assert.ok(result.loaded['cognito-authenticator']?.includes('CognitoAuthenticator'));
    assert.ok(result.loaded['cognito-authenticator']?.includes('createCognitoClient'));
    assert.deepEqual(result.loaded['cognito-authenticator/define'], ['CognitoAuthenticator']);
    assert.ok(result.loaded['cognito-authenticator/core']?.includes('createAuthenticator'));
    assert.ok(
      !result.loaded['cognito-authenticator/core']?.includes('CognitoAuthenticator'),
      'the core has no element',
    );
    assert.deepEqual(result.loaded['cognito-authenticator/sdk'], ['createSdkTransport']);
    assert.ok(result.loaded['cognito-authenticator/testing']?.includes('createScriptedClient'));
    assert.ok(result.loaded['cognito-authenticator/testing']?.includes('AuthenticatorHarness'));
    // The root is curated: the machine's insides are not part of it.
    assert.deepEqual(result.loaded['cognito-authenticator'], [
      'AuthError',
      'CognitoAuthenticator',
      'createAuthenticator',
      'createCognitoClient',
      'createFetchTransport',
      'defaultConfig',
      'defaultPasswordPolicy',
      'federationFlow',
      'passwordlessFlow',
      'unmetPasswordRules',
      'withCognitoDomain',
      'withHooks',
    ]);
    assert.deepEqual(result.loaded['cognito-authenticator/react'], [
      'CognitoAuthenticator',
      'CognitoAuthenticatorElement',
    ]);
    assert.equal(result.title, 'Anmelden');
  });

  describe('typings', () => {
    let dir = '';

    before(async () => {
      // Inside the package folder, so `cognito-authenticator` resolves to the package itself.
      await mkdir(join(root, '.test-results'), { recursive: true });
      dir = await mkdtemp(join(root, '.test-results', 'consumer-'));
    });

    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("type a user's code: the tag, its events, the React wrapper and the tag in JSX; wrong uses are errors", async () => {
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2022', 'DOM'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          files: ['app.tsx'],
        }),
      );
      await writeFile(
        join(dir, 'app.tsx'),
        `import 'cognito-authenticator/define';
import { createCognitoClient, type AuthUser } from 'cognito-authenticator';
import { createAuthenticator } from 'cognito-authenticator/core';
import { createSdkTransport } from 'cognito-authenticator/sdk';
import { CognitoAuthenticator } from 'cognito-authenticator/react';

const element = document.querySelector('cognito-authenticator');
element?.signOut({ global: true });
const route: string | undefined = element?.route;
element?.addEventListener('cognito-signed-in', (event) => {
  const user: AuthUser = event.detail.user;
  console.log(user.username, route);
});
document.addEventListener('cognito-route-change', (event) => console.log(event.detail.previous));
const client = createCognitoClient({ userPoolId: 'eu-west-1_AbC123xyz', clientId: 'x', transport: createSdkTransport({ region: 'eu-west-1' }) });
createAuthenticator({ client });

export const wrapped = (
  <CognitoAuthenticator userPoolId="eu-west-1_AbC123xyz" clientId="x" hideSignUp onSignedIn={(event) => console.log(event.detail.user.userId)} />
);
export const tag = <cognito-authenticator user-pool-id="eu-west-1_AbC123xyz" oncognito-signed-out={(event) => console.log(event.type)} />;
// @ts-expect-error hideSignUp is a boolean
export const wrong = <CognitoAuthenticator hideSignUp="yes" />;
// @ts-expect-error the element has no such event
element?.addEventListener('cognito-signed-in', (event) => event.detail.tokens);
`,
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir }).then(
        () => '',
        (error: unknown) => String((error as { stdout?: string }).stdout ?? error),
      );
      assert.equal(result, '');
    });
  });
});
