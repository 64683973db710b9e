/**
 * The stories cover every screen the machine can show: each route (but `idle`) has a
 * component in Storybook whose id is `screens-<route>`, with at least one story. Read from
 * the story files the way Storybook indexes them, so no build is needed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCsf } from 'storybook/internal/csf-tools';
import { screenRecipes } from '../../stories/fake-client.ts';

const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));

/** Every story id, as Storybook's indexer makes it from each story file. */
function storyIds(): string[] {
  return readdirSync(storiesDir)
    .filter((file) => file.endsWith('.stories.ts'))
    .flatMap((file) => {
      const csf = loadCsf(readFileSync(join(storiesDir, file), 'utf8'), {
        fileName: file,
        makeTitle: (title) => title,
      }).parse();
      return csf.stories.map((story) => story.id);
    });
}

describe('the story list', () => {
  const ids = storyIds();
  const screens = Object.keys(screenRecipes);

  it('has stories for all of the machine’s screens', () => {
    assert.ok(screens.length >= 15, `only ${String(screens.length)} screens listed`);
    const missing = screens.filter((screen) => !ids.some((id) => id.startsWith(`screens-${screen.toLowerCase()}--`)));
    assert.deepEqual(missing, [], 'screens without a story');
  });

  it('has no screen stories for a screen the machine does not have', () => {
    const known = new Set(screens.map((screen) => screen.toLowerCase()));
    const strays = ids.filter(
      (id) => id.startsWith('screens-') && !known.has(id.slice('screens-'.length).split('--')[0] ?? ''),
    );
    assert.deepEqual(strays, []);
  });

  it('shows each screen in more than one state, except the loading and signed-in screens', () => {
    const single = screens.filter(
      (screen) => ids.filter((id) => id.startsWith(`screens-${screen.toLowerCase()}--`)).length < 2,
    );
    assert.deepEqual(single.sort(), ['authenticated', 'setup']);
  });
});
