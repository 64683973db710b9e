/**
 * `npm test`: every gate and every test suite, in order, each with a time limit.
 *
 *   format      prettier --check .                              (one test)
 *   typecheck   tsc -p tsconfig.json --noEmit                   (one test)
 *   eslint      eslint --max-warnings 0 .                       (one test)
 *   lit         lit-analyzer --strict --maxWarnings 0 src       (one test)
 *   unit        node --test over test/**\/*.test.ts, except *.browser.test.ts and
 *               *.storybook.test.ts                              (each test)
 *   browser     wtr over test/**\/*.browser.test.ts in Chromium, then the journeys in
 *               Firefox ESR and WebKitGTK, one engine after another (each test, each
 *               engine): `ENGINES=chromium,firefox,webkit` picks the engines; without it
 *               CI (`CI=true`) runs all three and a developer's machine Chromium only
 *   storybook   builds the static Storybook, then opens every story and docs page of it
 *               in Chromium (test/**\/*.storybook.test.ts)     (each story, each page)
 *
 * Every step runs even when an earlier one failed. A test file that fails to load counts
 * as one failed test. The last line is exactly `N passed, N failed` (plus `, N skipped`
 * when tests were skipped), and the exit code is non-zero when anything failed.
 *
 * `node --import tsx test/run.ts unit browser` runs only the named steps (`browser` is every
 * engine's).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines, type EngineName } from './support/engines.js';
import type { TestCounts } from './support/wtr-reporter.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, '.test-results');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const MINUTE = 60_000;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Outcome extends Counts {
  /** Why the step failed beyond its tests' own failures (exit code, timeout, missing results). */
  readonly notes: readonly string[];
}

interface StepResult extends Outcome {
  readonly name: string;
  readonly seconds: number;
}

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
}

interface Step {
  readonly name: string;
  readonly run: () => Promise<Outcome>;
}

/** The process group of the command running now, passed on a signal this script receives. */
let running: number | undefined;
/** Set when this script was told to stop: it does so as soon as the running command has ended. */
let stopping = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/**
 * Runs a command with the terminal as its output, in its own process group so that a
 * timeout ends it with everything it started (browsers, the emulator).
 */
function exec(command: string, args: readonly string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    const pid = child.pid;
    running = pid;
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      if (pid === undefined) return;
      timedOut = true;
      console.error(`\n[test] ${command} took longer than ${timeoutMs / 1000} s: stopping it`);
      killGroup(pid, 'SIGTERM');
      kill = setTimeout(() => killGroup(pid, 'SIGKILL'), 10_000);
    }, timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer);
      clearTimeout(kill);
      // Whatever the command left behind in its group goes with it.
      if (pid !== undefined) killGroup(pid, 'SIGKILL');
      running = undefined;
      if (stopping) process.exit(130);
      resolve({ code, signal, timedOut });
    };
    child.once('error', (error) => {
      console.error(`[test] could not start ${command}: ${error.message}`);
      finish(null, null);
    });
    child.once('exit', finish);
  });
}

function exitNote(command: string, exit: Exit): string | undefined {
  if (exit.timedOut) return `${command} timed out`;
  if (exit.signal !== null) return `${command} was killed by ${exit.signal}`;
  if (exit.code !== 0) return `${command} exited with code ${exit.code ?? 'unknown'}`;
  return undefined;
}

/** A gate counts as one test: passed when the command exits 0 in time. */
function gate(name: string, command: string, args: readonly string[], timeoutMs: number): Step {
  return {
    name,
    run: async () => {
      const note = exitNote(name, await exec(command, args, timeoutMs));
      return note === undefined
        ? { passed: 1, failed: 0, skipped: 0, notes: [] }
        : { passed: 0, failed: 1, skipped: 0, notes: [note] };
    },
  };
}

/**
 * Adds one failure when the command failed although its results show none, or left no
 * results at all: a crash or timeout must never read as a pass.
 */
function settle(counts: Counts | undefined, note: string | undefined, missing: string): Outcome {
  const notes: string[] = [];
  const result = { passed: 0, failed: 0, skipped: 0, ...counts };
  if (counts === undefined) notes.push(missing);
  if (note !== undefined) notes.push(note);
  if (notes.length > 0 && result.failed === 0) result.failed = 1;
  return { ...result, notes };
}

function findTests(dir: string, isMatch: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.split(/[\\/]/).includes('node_modules') && isMatch(file))
    .map((file) => join(dir, file))
    .sort();
}

/** The summary counts at the end of Node's TAP report (`# pass 3` …). */
function parseTapSummary(tap: string): Counts | undefined {
  const last = (key: string): number | undefined => {
    const matches = [...tap.matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))];
    const value = matches.at(-1)?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const [pass, fail, cancelled, skipped, todo] = ['pass', 'fail', 'cancelled', 'skipped', 'todo'].map(last);
  if (pass === undefined || fail === undefined) return undefined;
  return { passed: pass, failed: fail + (cancelled ?? 0), skipped: (skipped ?? 0) + (todo ?? 0) };
}

/**
 * Runs test files with Node's test runner: each test counts, read from its TAP report.
 * `testTimeoutMs` limits each test, and each file as a whole.
 */
async function nodeTests(
  name: string,
  files: readonly string[],
  timeoutMs: number,
  testTimeoutMs = 60_000,
): Promise<Outcome> {
  const tapFile = join(resultsDir, `${name}.tap`);
  rmSync(tapFile, { force: true });
  const exit = await exec(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-timeout=${String(testTimeoutMs)}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files.map((file) => relative(root, file)),
    ],
    timeoutMs,
  );
  const counts = existsSync(tapFile) ? parseTapSummary(readFileSync(tapFile, 'utf8')) : undefined;
  return settle(counts, exitNote('node --test', exit), 'node --test left no summary');
}

const unitStep: Step = {
  name: 'unit',
  run: async () => {
    const files = findTests(
      join(root, 'test'),
      (file) => file.endsWith('.test.ts') && !file.endsWith('.browser.test.ts') && !file.endsWith('.storybook.test.ts'),
    );
    if (files.length === 0) {
      console.log('[test] no unit test files');
      return { passed: 0, failed: 0, skipped: 0, notes: [] };
    }
    return nodeTests('unit', files, 5 * MINUTE);
  },
};

/**
 * The static Storybook a reviewer opens: custom-elements.json (the docs read it), the build
 * (one test: it must succeed), then every story and docs page of the build in Chromium.
 */
const storybookStep: Step = {
  name: 'storybook',
  run: async () => {
    const started = Date.now();
    const analyzed = exitNote('cem analyze', await exec(bin('cem'), ['analyze'], 2 * MINUTE));
    const built =
      analyzed ??
      exitNote(
        'storybook build',
        await exec(bin('storybook'), ['build', '--quiet', '--output-dir', 'storybook-static'], 5 * MINUTE, {
          STORYBOOK_DISABLE_TELEMETRY: '1',
        }),
      );
    console.log(`[test] Storybook built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (built !== undefined) return { passed: 0, failed: 1, skipped: 0, notes: [built] };
    const files = findTests(join(root, 'test'), (file) => file.endsWith('.storybook.test.ts'));
    // One file opens every story in turn (each story has its own 20 s limit inside it).
    const tests = await nodeTests('storybook', files, 6 * MINUTE, 5 * MINUTE);
    return { ...tests, passed: tests.passed + 1 };
  },
};

/** Failures the browser reporter listed, printed again at the end. */
const browserFailures: string[] = [];

/** How long each engine's browser tests may take: Chromium runs every file, the others the journeys. */
const BROWSER_TIMEOUT_MS: Readonly<Record<EngineName, number>> = {
  chromium: 10 * MINUTE,
  firefox: 6 * MINUTE,
  webkit: 6 * MINUTE,
};

function browserStep(engine: EngineName): Step {
  return {
    name: `browser ${engine}`,
    run: async () => {
      const countsFile = join(resultsDir, `browser-${engine}.json`);
      rmSync(countsFile, { force: true });
      const exit = await exec(bin('wtr'), [], BROWSER_TIMEOUT_MS[engine], {
        WTR_COUNTS_FILE: countsFile,
        ENGINES: engine,
      });
      let counts: TestCounts | undefined;
      if (existsSync(countsFile)) {
        counts = JSON.parse(readFileSync(countsFile, 'utf8')) as TestCounts;
        for (const failure of counts.failures) {
          const where = failure.test === '' ? failure.file : `${failure.file} › ${failure.test}`;
          browserFailures.push(`[${engine}] ${where}: ${failure.message.split('\n')[0] ?? ''}`);
        }
      }
      const { passed = 0, failed = 0, skipped = 0 } = counts ?? {};
      return settle(counts && { passed, failed, skipped }, exitNote('wtr', exit), 'wtr left no counts (did it start?)');
    },
  };
}

const steps: readonly Step[] = [
  gate('format', bin('prettier'), ['--check', '.'], 2 * MINUTE),
  gate('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], 5 * MINUTE),
  gate('eslint', bin('eslint'), ['--max-warnings', '0', '.'], 5 * MINUTE),
  gate('lit', bin('lit-analyzer'), ['--strict', '--maxWarnings', '0', 'src'], 3 * MINUTE),
  unitStep,
  ...selectedEngines().map(browserStep),
  storybookStep,
];

/** Whether `step` was asked for: by its name, or `browser` for every engine's browser step. */
function isWanted(step: Step, wanted: readonly string[]): boolean {
  return (
    wanted.length === 0 ||
    wanted.includes(step.name) ||
    (wanted.includes('browser') && step.name.startsWith('browser '))
  );
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !steps.some((step) => isWanted(step, [name])));
  if (unknown.length > 0) {
    console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`);
    return 2;
  }
  mkdirSync(resultsDir, { recursive: true });
  const results: StepResult[] = [];
  for (const step of steps.filter((s) => isWanted(s, wanted))) {
    console.log(`\n━━ ${step.name} ━━`);
    const started = Date.now();
    let outcome: Outcome;
    try {
      outcome = await step.run();
    } catch (error) {
      outcome = { passed: 0, failed: 1, skipped: 0, notes: [`${step.name} crashed: ${String(error)}`] };
    }
    const result = { name: step.name, seconds: (Date.now() - started) / 1000, ...outcome };
    results.push(result);
    console.log(
      `━━ ${step.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${result.seconds.toFixed(1)} s)`,
    );
  }

  console.log('\n━━ summary ━━');
  for (const r of results) {
    const status = r.failed > 0 ? 'FAIL' : 'ok  ';
    console.log(
      `${status} ${r.name.padEnd(16)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped  ${r.seconds.toFixed(1)} s`,
    );
    for (const note of r.notes) console.log(`       ${note}`);
  }
  if (browserFailures.length > 0) {
    console.log('\nFailed browser tests:');
    for (const failure of browserFailures) console.log(`  ${failure}`);
  }
  const total = results.reduce<Counts>(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
  return total.failed > 0 ? 1 : 0;
}

// The commands run in their own process groups, so a Ctrl-C reaches only this script: pass
// it on, let the command clean up (wtr stops the emulator), then stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    const group = running;
    if (group === undefined) process.exit(130);
    killGroup(group, signal);
    setTimeout(() => {
      killGroup(group, 'SIGKILL');
      process.exit(130);
    }, 10_000).unref();
  });
}

process.exitCode = await main();
