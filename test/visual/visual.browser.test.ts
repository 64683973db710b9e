/**
 * Screenshots of the card on every screen, in every theme (light scheme) and in Arabic,
 * compared with the baselines committed in test/visual/baselines. After an intended change
 * of the look: `UPDATE_BASELINES=1 npx wtr --files test/visual/visual.browser.test.ts`,
 * then review the new images before committing them.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.ts';
import { applyTheme, loadThemes, mountScreen, settled, SCREENS, THEMES, type ThemeCase } from '../support/screens.js';
import { capture, compareCaptures, matchBaseline, type VisualResult } from '../support/visual.js';

const CARD = 'cognito-authenticator .cognito-screen';
const SHOWN: readonly string[] = ['default', 'dark', 'high-contrast', 'harbor', 'meadow'];
const themes = THEMES.filter((theme) => SHOWN.includes(theme.name));

function describeResult(name: string, result: VisualResult): string {
  if (result.status === 'missing') return `${name}: no baseline (run with UPDATE_BASELINES=1)`;
  if (result.status === 'size')
    return `${name}: ${String(result.width)}x${String(result.height)}, baseline ${result.expected ?? '?'}`;
  return `${name}: ${String(result.diffPixels)} pixels differ`;
}

describe('screenshots of every screen', () => {
  before(async () => {
    await setViewport({ width: 560, height: 1100 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await loadThemes();
  });

  for (const screen of SCREENS) {
    it(`${screen} looks as in its baselines in every theme and in Arabic`, async () => {
      const element = await mountScreen(screen);
      const mismatches: string[] = [];
      const check = async (name: string, theme: ThemeCase): Promise<void> => {
        applyTheme(element, theme);
        await settled(element);
        const result = await matchBaseline(name, CARD);
        if (result.status !== 'match' && result.status !== 'updated') mismatches.push(describeResult(name, result));
      };
      for (const theme of themes) await check(`${screen}.${theme.name}`, theme);
      element.setAttribute('language', 'ar');
      await check(`${screen}.default.ar`, { name: 'default', classes: [] });
      expect(mismatches).to.deep.equal([]);
    });
  }

  it('sees a small change of one colour token: the primary colour, or the muted text', async () => {
    const element = await mountScreen('signIn');
    await capture('before', CARD);
    element.style.setProperty('--cognito-color-primary', '#1060b4');
    await capture('primary', CARD);
    element.style.removeProperty('--cognito-color-primary');
    element.style.setProperty('--cognito-color-muted', '#56606a');
    await capture('muted', CARD);
    element.style.removeProperty('--cognito-color-muted');
    await capture('after', CARD);
    expect((await compareCaptures('before', 'after')).status).to.equal('match');
    expect((await compareCaptures('before', 'primary')).status).to.equal('differs');
    expect((await compareCaptures('before', 'muted')).status).to.equal('differs');
  });
});
