/**
 * No module in `src` imports itself, directly or through others. Every relative import
 * counts: `import`, `import type`, `export ... from` and `import('...')`, since a cycle
 * of types alone still means two modules that cannot be read, or moved, one without the
 * other.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;

/** Every TypeScript module under `src`, by its path from the root. */
function sourceFiles(): string[] {
  return readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** The module a relative specifier names (`./i18n.js` → `src/i18n/i18n.ts`), if it is one of ours. */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = join(dirname(from), specifier);
  const candidates = [target.replace(/\.js$/u, '.ts'), `${target}.ts`, join(target, 'index.ts')];
  return candidates.find((candidate) => candidate.endsWith('.ts') && existsSync(join(root, candidate)));
}

/** Each module's imports of other modules in `src`. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => resolve(file, fileName) ?? []);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** The groups of modules that reach each other (Tarjan), each named by one cycle through it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups.map((group) => cycleThrough(graph, group)).sort();
}

/** One shortest way from the group's first module back to itself, as `a.ts → b.ts → a.ts`. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, group: readonly string[]): string {
  const [start = ''] = group;
  const members = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (const node of queue) {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let step: string | undefined = node; step !== undefined && step !== start; step = cameFrom.get(step))
          path.unshift(step);
        return [start, ...path].join(' → ');
      }
      if (members.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return group.join(', ');
}

describe('the imports of src', () => {
  const graph = importGraph();

  it('count type imports and imports on first use', () => {
    assert.ok(graph.get('src/i18n/english.ts')?.includes('src/i18n/types.ts'), 'an `import type` is an import');
    assert.ok(graph.get('src/i18n/localize-controller.ts')?.includes('src/i18n/i18n.ts'), 'an `import()` is an import');
  });

  it('form no cycle', () => {
    assert.deepEqual(cycles(graph), []);
  });
});
