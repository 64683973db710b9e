/**
 * Opens every entry of the built Storybook (storybook-static/, `npm run build-storybook`)
 * in Chromium, one test each: a story must render and play to its end without a console
 * error, an uncaught exception or a failed request, and axe-core must find no violation
 * in it; so must each docs page. Then the first story of each screen again in every
 * theme found in themes/ and in a right-to-left language, as the toolbar sets them.
 *
 * Run by `test/run.ts storybook` after the build; `STORYBOOK_STATIC` points at another
 * build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = resolve(root, process.env.STORYBOOK_STATIC ?? 'storybook-static');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags?: readonly string[];
}

/**
 * Stories tagged so show a configuration error, which the element also tells the page
 * author in the console: its own messages are expected there, nothing else is.
 */
const CONSOLE_MESSAGE_TAG = 'console-message';
const ELEMENT_MESSAGE = 'console: <cognito-authenticator>: ';

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

/** The first story of each screen: the one shown again in every theme and direction. */
const firstOfEachScreen = stories.filter(
  (story, at) => story.title.startsWith('Screens/') && stories.findIndex((other) => other.title === story.title) === at,
);

/** The themes in themes/, by the name the toolbar gives them, with the tokens each sets. */
const themesDir = join(root, 'themes');
const themes = existsSync(themesDir)
  ? readdirSync(themesDir)
      .filter((file) => file.endsWith('.css'))
      .sort()
      .map((file) => {
        const css = readFileSync(join(themesDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
        const tokens = [...css.matchAll(/(--cognito-[\w-]+)\s*:\s*([^;}]+)/gu)].map(
          ([, name = '', value = '']) => [name, value.trim()] as const,
        );
        return { name: file.replace(/\.css$/u, ''), tokens };
      })
  : [];

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves the static build on a loopback port, as any static host would. */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(staticDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(staticDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` }),
    );
  });
}

/** What went wrong on the page while one entry was shown. */
let problems: string[] = [];
/** Requests under way (a language's messages, say). */
let inFlight = 0;

/** Waits until every request the entry started has been answered (or failed). */
async function requestsSettled(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
  assert.equal(inFlight, 0, 'requests still unanswered after 10 s');
}

interface Outcome {
  readonly status: 'success' | 'error' | 'missing';
  readonly detail: string;
}

/** Shows one entry through the preview's own channel, as the manager does, and waits for its end. */
function show(
  page: Page,
  id: string,
  viewMode: 'story' | 'docs',
  globals?: Readonly<Record<string, string>>,
): Promise<Outcome> {
  return page.evaluate(
    ({ id, viewMode, globals }) =>
      new Promise<Outcome>((resolve) => {
        interface Channel {
          on(event: string, listener: (payload: unknown) => void): void;
          off(event: string, listener: (payload: unknown) => void): void;
          emit(event: string, payload: unknown): void;
        }
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
        const listeners: [string, (payload: unknown) => void][] = [];
        const timer = setTimeout(() => finish({ status: 'error', detail: 'did not finish within 20 s' }), 20_000);
        const finish = (outcome: Outcome): void => {
          clearTimeout(timer);
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(outcome);
        };
        const listen = (event: string, listener: (payload: unknown) => void): void => {
          listeners.push([event, listener]);
          channel.on(event, listener);
        };
        const explain = (payload: unknown): string => {
          if (typeof payload !== 'object' || payload === null) return String(payload);
          const { message, title, description } = payload as Record<string, unknown>;
          return [message, title, description].filter((part) => typeof part === 'string').join(' ');
        };
        listen('storyFinished', (payload) => {
          const { storyId, status } = payload as { storyId: string; status: string };
          if (storyId === id)
            finish({ status: status === 'success' ? 'success' : 'error', detail: `finished with status ${status}` });
        });
        listen('docsRendered', (payload) => {
          if (viewMode === 'docs' && payload === id) finish({ status: 'success', detail: '' });
        });
        for (const event of [
          'storyErrored',
          'storyThrewException',
          'playFunctionThrewException',
          'unhandledErrorsWhilePlaying',
        ]) {
          listen(event, (payload) => finish({ status: 'error', detail: `${event}: ${explain(payload)}` }));
        }
        listen('storyMissing', () => finish({ status: 'missing', detail: `${id} is missing` }));
        if (globals) channel.emit('updateGlobals', { globals });
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    { id, viewMode, globals },
  );
}

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/**
 * axe-core over the story's canvas or the docs page: every rule but `region` (content
 * outside landmarks), which judges a whole page, not a component shown on its own.
 */
async function violations(page: Page, root: string): Promise<string[]> {
  const found = await page.evaluate(async (root) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(
      { include: [[root]] },
      { resultTypes: ['violations'], rules: { region: { enabled: false } } },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  }, root);
  return found.map(
    (violation) =>
      `${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function expectClean(page: Page, outcome: Outcome, withAxe: boolean, entry?: IndexEntry): Promise<void> {
  assert.equal(outcome.status, 'success', outcome.detail);
  // Requests the story started may still be on their way: let them land before judging.
  await requestsSettled();
  const expected = entry?.tags?.includes(CONSOLE_MESSAGE_TAG) === true;
  assert.deepEqual(
    problems.filter((problem) => !(expected && problem.startsWith(ELEMENT_MESSAGE))),
    [],
    'console errors, exceptions or failed requests',
  );
  if (withAxe)
    assert.deepEqual(
      await violations(page, entry?.type === 'docs' ? '#storybook-docs' : '#storybook-root'),
      [],
      'axe-core violations',
    );
}

describe('the built Storybook', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    const served = await serve();
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('request', () => (inFlight += 1));
    page.on('requestfinished', () => (inFlight -= 1));
    page.on('requestfailed', (request) => {
      inFlight -= 1;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
    });
    // Anything but the build itself is a request that would fail for a reviewer offline.
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/u, (route) => {
      problems.push(`request outside the build: ${route.request().url()}`);
      return route.abort();
    });
    // tsx compiles this file keeping function names through a `__name` helper, which the
    // functions handed to page.evaluate carry into the page: give the page a no-op one.
    await page.addInitScript('globalThis.__name = (target) => target;');
    await page.goto(`${served.origin}/iframe.html?id=${stories[0]?.id ?? ''}&viewMode=story`);
    await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && '__STORYBOOK_PREVIEW__' in window);
    await page.evaluate(() =>
      (window as unknown as { __STORYBOOK_PREVIEW__: { ready(): Promise<void> } }).__STORYBOOK_PREVIEW__.ready(),
    );
    await page.addScriptTag({ content: axeSource });
  });

  after(async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  });

  it('lists stories and docs pages', () => {
    assert.ok(stories.length > 0, 'no stories in index.json');
    assert.ok(docs.length > 0, 'no docs pages in index.json');
  });

  describe('every story renders and plays with no error and no axe-core violation', () => {
    for (const story of stories) {
      it(`${story.title} › ${story.name} (${story.id})`, async () => {
        problems = [];
        await expectClean(page, await show(page, story.id, 'story', { theme: 'built-in', locale: 'en' }), true, story);
      });
    }
  });

  describe('every docs page renders with no error and no axe-core violation', () => {
    for (const entry of docs) {
      it(`${entry.title} › ${entry.name} (${entry.id})`, async () => {
        problems = [];
        await expectClean(page, await show(page, entry.id, 'docs', { theme: 'built-in', locale: 'en' }), true, entry);
      });
    }
  });

  describe('each screen right to left, when the toolbar picks Arabic', () => {
    for (const story of firstOfEachScreen) {
      it(`${story.title} in ar`, async () => {
        problems = [];
        await expectClean(page, await show(page, story.id, 'story', { theme: 'built-in', locale: 'ar' }), true);
        const directions = await page.evaluate(() => ({
          page: document.documentElement.dir,
          screen: getComputedStyle(document.querySelector('cognito-authenticator') ?? document.body).direction,
        }));
        assert.deepEqual(directions, { page: 'rtl', screen: 'rtl' });
      });
    }
  });

  for (const theme of themes) {
    describe(`each screen in the ${theme.name} theme`, () => {
      for (const story of firstOfEachScreen) {
        it(`${story.title} in ${theme.name}`, async () => {
          problems = [];
          await expectClean(page, await show(page, story.id, 'story', { theme: theme.name, locale: 'en' }), true);
          const names = theme.tokens.map(([name]) => name);
          const computed = await page.evaluate((tokens) => {
            const element = document.querySelector('cognito-authenticator');
            return element ? tokens.map((name) => getComputedStyle(element).getPropertyValue(name).trim()) : [];
          }, names);
          assert.ok(
            theme.tokens.some(([, value], at) => computed[at] === value),
            `none of the theme's tokens reaches the element (${names.join(', ')})`,
          );
        });
      }
    });
  }
});
