/**
 * web-test-runner plugin for screenshots: the browser asks (through `visual.ts`) for a
 * screenshot of one element, taken here by the engine's driver (`engine-pages.ts`), and
 * compared with pixelmatch.
 *
 *   visual-match    compares with the committed baseline `test/visual/baselines/<name>.png`
 *                   (UPDATE_BASELINES=1 writes it instead); a mismatch leaves the actual and a
 *                   diff image in `.test-results/visual/`.
 *   visual-capture  keeps a screenshot in memory under a key.
 *   visual-compare  compares two kept screenshots.
 *
 * Animations are stopped and the caret is hidden, so a screenshot depends only on the page.
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestRunnerPlugin } from '@web/test-runner';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { enginePage, screenshot as engineScreenshot } from './engine-pages.js';
import { VISUAL_TOLERANCE, type VisualResult } from './visual-commands.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const baselineDir = join(root, 'test/visual/baselines');
const resultDir = join(root, '.test-results/visual');

/** Compares two PNG images; writes the diff image to `diffFile` when they differ. */
function compare(expected: Buffer, actual: Buffer, diffFile?: string): VisualResult {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    return {
      status: 'size',
      diffPixels: -1,
      width: b.width,
      height: b.height,
      expected: `${String(a.width)}x${String(a.height)}`,
    };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: VISUAL_TOLERANCE.threshold,
  });
  const allowed = Math.floor(a.width * a.height * VISUAL_TOLERANCE.maxDiffRatio);
  const matches = diffPixels <= allowed;
  if (!matches && diffFile) writeFileSync(diffFile, PNG.sync.write(diff));
  return { status: matches ? 'match' : 'differs', diffPixels, width: a.width, height: a.height };
}

function safeName(name: string): string {
  if (!/^[\w.-]+$/u.test(name)) throw new Error(`visual: "${name}" is not a safe file name`);
  return name;
}

function stringField(payload: unknown, key: string): string {
  const value = (payload as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'string' || value === '') throw new Error(`visual: "${key}" must be a non-empty string`);
  return value;
}

function screenshot(session: { readonly id: string; readonly browser: unknown }, selector: string): Promise<Buffer> {
  return engineScreenshot(enginePage(session), selector);
}

export function visualPlugin(): TestRunnerPlugin {
  const captures = new Map<string, Buffer>();
  const update = process.env.UPDATE_BASELINES === '1';
  return {
    name: 'visual',
    async executeCommand({ command, payload, session }) {
      if (command === 'visual-match') {
        const name = safeName(stringField(payload, 'name'));
        const actual = await screenshot(session, stringField(payload, 'selector'));
        const baseline = join(baselineDir, `${name}.png`);
        if (update) {
          mkdirSync(baselineDir, { recursive: true });
          writeFileSync(baseline, actual);
          const { width, height } = PNG.sync.read(actual);
          return { status: 'updated', diffPixels: 0, width, height } satisfies VisualResult;
        }
        if (!existsSync(baseline))
          return { status: 'missing', diffPixels: -1, width: 0, height: 0 } satisfies VisualResult;
        mkdirSync(resultDir, { recursive: true });
        const result = compare(readFileSync(baseline), actual, join(resultDir, `${name}.diff.png`));
        if (result.status !== 'match') writeFileSync(join(resultDir, `${name}.actual.png`), actual);
        return result;
      }
      if (command === 'visual-capture') {
        const actual = await screenshot(session, stringField(payload, 'selector'));
        captures.set(`${session.id} ${stringField(payload, 'key')}`, actual);
        const { width, height } = PNG.sync.read(actual);
        return { width, height };
      }
      if (command === 'visual-compare') {
        const read = (key: string): Buffer => {
          const found = captures.get(`${session.id} ${stringField(payload, key)}`);
          if (!found) throw new Error(`visual: nothing captured as "${stringField(payload, key)}"`);
          return found;
        };
        return compare(read('expected'), read('actual'));
      }
      return undefined;
    },
  };
}
