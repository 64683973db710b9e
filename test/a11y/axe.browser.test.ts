/**
 * axe-core on every screen (and on screens showing errors, a phone field, the modal
 * variation), in every theme and each theme's dark scheme, in English and Arabic: no
 * violation of WCAG 2.0, 2.1 and 2.2 A/AA or of axe's best practices, colour contrast of
 * error and muted text included.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import {
  applyTheme,
  loadThemes,
  mountScreen,
  settled,
  SCREENS,
  STATES,
  THEMES,
  type ScreenName,
  type StateName,
} from '../support/screens.js';

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}
const { axe } = window as unknown as { axe: Axe };

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // About the page around the element, not the element: the page chooses its landmarks and its h1.
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
  resultTypes: ['violations'],
};

interface Case {
  readonly name: string;
  readonly screen: ScreenName | StateName;
  readonly variation?: string;
}
const CASES: readonly Case[] = [
  ...SCREENS.map((screen) => ({ name: screen, screen })),
  ...(Object.keys(STATES) as StateName[]).map((screen) => ({ name: screen, screen })),
  { name: 'signIn in the modal variation', screen: 'signIn', variation: 'modal' },
];
const LANGUAGES = ['en', 'ar'] as const;

let runs = 0;

async function violations(element: CognitoAuthenticator, theme: string): Promise<string[]> {
  runs += 1;
  const results = await axe.run(element, OPTIONS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${theme}: ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}

describe('axe-core finds nothing', () => {
  before(loadThemes);
  // Reduced motion: the colour transitions would otherwise still be running after a theme switch.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const language of LANGUAGES) {
    for (const { name, screen, variation } of CASES) {
      it(`on ${name} in ${language}, in every theme`, async () => {
        const element = await mountScreen(screen, { language, ...(variation ? { variation } : {}) });
        const found: string[] = [];
        for (const theme of THEMES) {
          applyTheme(element, theme);
          await emulateMedia({ colorScheme: theme.prefersDark ? 'dark' : 'light' });
          await settled(element);
          found.push(...(await violations(element, theme.name)));
        }
        expect(found).to.deep.equal([]);
      });
    }
  }

  it('ran once per screen, theme and language', () => {
    expect(runs).to.equal(CASES.length * THEMES.length * LANGUAGES.length);
  });
});
