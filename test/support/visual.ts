/**
 * Browser-side screenshot helpers: each sends a server command to the plugin in
 * `wtr-visual-plugin.ts`, which takes the screenshot with the engine's driver.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { VisualResult } from './visual-commands.js';

export type { VisualResult };

/** Compares a screenshot of `selector` with the baseline `test/visual/baselines/<name>.png`. */
export function matchBaseline(name: string, selector: string): Promise<VisualResult> {
  return executeServerCommand<VisualResult, { name: string; selector: string }>('visual-match', { name, selector });
}

/** Takes a screenshot of `selector` and keeps it under `key` for `compareCaptures`. */
export function capture(key: string, selector: string): Promise<{ width: number; height: number }> {
  return executeServerCommand<{ width: number; height: number }, { key: string; selector: string }>('visual-capture', {
    key,
    selector,
  });
}

/** Compares two screenshots kept by `capture`. */
export function compareCaptures(expected: string, actual: string): Promise<VisualResult> {
  return executeServerCommand<VisualResult, { expected: string; actual: string }>('visual-compare', {
    expected,
    actual,
  });
}
