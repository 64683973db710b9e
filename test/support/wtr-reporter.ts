/**
 * web-test-runner reporter that counts every test of every browser test file and writes
 * the counts as JSON for `test/run.ts` to add up. A file that failed to load, errored
 * outside a test or ran no test counts as one failed test, so it cannot pass unnoticed.
 * Node only; it prints nothing (wtr's own reporters do).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestSession, TestSuiteResult } from '@web/test-runner';

/** The environment variable holding the path the counts are written to. */
export const WTR_COUNTS_ENV = 'WTR_COUNTS_FILE';

export interface TestFailure {
  readonly file: string;
  /** Suite names and the test name, joined with ` › `; empty for an error outside any test. */
  readonly test: string;
  readonly message: string;
}

export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly failures: readonly TestFailure[];
}

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  failures: TestFailure[];
}

function countSuite(tally: Tally, file: string, suite: TestSuiteResult, path: readonly string[]): void {
  for (const test of suite.tests) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else {
      tally.failed += 1;
      tally.failures.push({ file, test: [...path, test.name].join(' › '), message: test.error?.message ?? 'failed' });
    }
  }
  for (const child of suite.suites) countSuite(tally, file, child, [...path, child.name]);
}

/**
 * Why a session counts as one more failed test beyond its tests, if it does: errors outside
 * a test (load, syntax or 404 errors, uncaught errors, timeouts), no test run at all, or a
 * failed session none of whose tests failed.
 */
function sessionProblem(session: TestSession, tests: number, failedTests: number): string | undefined {
  if (session.errors.length > 0) return session.errors.map((error) => error.message).join('\n');
  if (tests === 0) return 'no tests ran in this file';
  if (session.passed !== true && failedTests === 0) return 'the test file did not pass';
  return undefined;
}

export function countSessions(sessions: readonly TestSession[]): TestCounts {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const session of sessions) {
    const file = relative(process.cwd(), session.testFile);
    const fileTally: Tally = { passed: 0, failed: 0, skipped: 0, failures: [] };
    if (session.testResults) countSuite(fileTally, file, session.testResults, []);
    const problem = sessionProblem(session, fileTally.passed + fileTally.failed + fileTally.skipped, fileTally.failed);
    if (problem !== undefined) {
      fileTally.failed += 1;
      fileTally.failures.push({ file, test: '', message: problem });
    }
    tally.passed += fileTally.passed;
    tally.failed += fileTally.failed;
    tally.skipped += fileTally.skipped;
    tally.failures.push(...fileTally.failures);
  }
  return tally;
}

export function countingReporter(outputFile = process.env[WTR_COUNTS_ENV]): Reporter {
  return {
    stop({ sessions }) {
      if (outputFile === undefined || outputFile === '') return;
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(countSessions(sessions), null, 2));
    },
  };
}
