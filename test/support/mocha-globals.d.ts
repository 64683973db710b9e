/**
 * Types for the mocha BDD globals that web-test-runner provides to `*.browser.test.ts`
 * files (describe, it, hooks). The project has no `@types/mocha`; this covers what the
 * tests use. Node tests import `describe`/`it` from `node:test`, which shadow these.
 */

interface MochaContext {
  /** Sets this test's or hook's timeout in milliseconds. */
  timeout(ms: number): void;
  slow(ms: number): void;
  retries(count: number): void;
  /** Marks the running test as skipped. */
  skip(): never;
}

type MochaDone = (error?: unknown) => void;
/** A test or hook body: mocha awaits a returned promise, or waits for `done` if it is declared. */
type MochaBody = (this: MochaContext, done: MochaDone) => unknown;

interface MochaSuiteFunction {
  (title: string, body: (this: MochaContext) => void): void;
  only(title: string, body: (this: MochaContext) => void): void;
  skip(title: string, body: (this: MochaContext) => void): void;
}

interface MochaTestFunction {
  (title: string, body?: MochaBody): void;
  only(title: string, body?: MochaBody): void;
  skip(title: string, body?: MochaBody): void;
}

interface MochaHookFunction {
  (body: MochaBody): void;
  (description: string, body: MochaBody): void;
}

declare const describe: MochaSuiteFunction;
declare const context: MochaSuiteFunction;
declare const it: MochaTestFunction;
declare const specify: MochaTestFunction;
declare const before: MochaHookFunction;
declare const after: MochaHookFunction;
declare const beforeEach: MochaHookFunction;
declare const afterEach: MochaHookFunction;
