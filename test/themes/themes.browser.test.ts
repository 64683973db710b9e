/**
 * Themes from themes/: two on one page, the default following the reader's colour scheme,
 * a theme on an ancestor, reduced motion, and default.css restating the built-in look.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { applyTheme, loadThemes, mountScreen, settled } from '../support/screens.js';
import { capture, compareCaptures } from '../support/visual.js';

function look(element: CognitoAuthenticator): { font: string; button: string; radius: string; surface: string } {
  const button = element.querySelector('.cognito-button');
  const card = element.querySelector('.cognito-screen');
  if (!button || !card) throw new Error('no card');
  return {
    font: getComputedStyle(element).fontFamily,
    button: getComputedStyle(button).backgroundColor,
    radius: getComputedStyle(button).borderTopLeftRadius,
    surface: getComputedStyle(card).backgroundColor,
  };
}

describe('themes', () => {
  before(async () => {
    await loadThemes();
    await setViewport({ width: 800, height: 900 });
    // Colours must not be caught mid-transition after a theme changes.
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  });
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' }));

  it('lets two brand themes live side by side on one page, each on its own element', async () => {
    const harbor = await mountScreen('signIn');
    const meadow = await mountScreen('signIn');
    applyTheme(harbor, { name: 'harbor', classes: ['cognito-theme-harbor'] });
    applyTheme(meadow, { name: 'meadow', classes: ['cognito-theme-meadow'] });
    expect(look(harbor)).to.deep.equal({
      font: 'Georgia, "Liberation Serif", "DejaVu Serif", "Times New Roman", serif',
      button: 'rgb(13, 92, 99)',
      radius: '0px',
      surface: 'rgb(251, 250, 246)',
    });
    expect(look(meadow)).to.deep.equal({
      font: 'Arial, "Liberation Sans", Helvetica, sans-serif',
      button: 'rgb(101, 39, 201)',
      radius: '999px',
      surface: 'rgb(255, 255, 255)',
    });
  });

  it("follows the reader's colour scheme by default, and a fixed scheme when a theme sets one", async () => {
    const auto = await mountScreen('signIn');
    const light = await mountScreen('signIn');
    applyTheme(light, { name: 'light', classes: ['cognito-theme-light'] });
    const dark = await mountScreen('signIn');
    applyTheme(dark, { name: 'dark', classes: ['cognito-theme-dark'] });
    const surfaces = (): string[] => [auto, light, dark].map((element) => look(element).surface);
    expect(surfaces()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 'rgb(22, 27, 34)']);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surfaces()).to.deep.equal(['rgb(22, 27, 34)', 'rgb(255, 255, 255)', 'rgb(22, 27, 34)']);
    expect(getComputedStyle(auto).colorScheme).to.equal('light dark');
  });

  it("applies a theme set on an ancestor, and the element's own theme wins over it", async () => {
    const element = await mountScreen('signIn');
    const page = element.parentElement;
    page?.classList.add('cognito-theme-dark');
    try {
      expect(look(element).surface).to.equal('rgb(22, 27, 34)');
      applyTheme(element, { name: 'light', classes: ['cognito-theme-light'] });
      expect(look(element).surface).to.equal('rgb(255, 255, 255)');
    } finally {
      page?.classList.remove('cognito-theme-dark');
    }
  });

  it('lets high contrast win over a brand on the same element', async () => {
    const element = await mountScreen('signIn');
    applyTheme(element, {
      name: 'harbor high contrast',
      classes: ['cognito-theme-harbor', 'cognito-theme-high-contrast'],
    });
    expect(look(element).button).to.equal('rgb(0, 46, 158)');
    expect(look(element).font).to.include('Georgia');
  });

  it('has no transitions when the reader prefers reduced motion', async () => {
    const element = await mountScreen('signIn');
    const button = element.querySelector('.cognito-button');
    if (!button) throw new Error('no button');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(button).transitionDuration).to.equal('0.12s, 0.12s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(button).transitionDuration).to.equal('0s');
  });

  it('looks exactly the same with default.css as with no theme at all', async () => {
    for (const screen of ['signUp-invalid', 'setupTotp'] as const) {
      const element = await mountScreen(screen);
      await capture(`none ${screen}`, 'cognito-authenticator .cognito-screen');
      applyTheme(element, { name: 'default', classes: ['cognito-theme-default'] });
      await settled(element);
      await capture(`default ${screen}`, 'cognito-authenticator .cognito-screen');
      expect((await compareCaptures(`none ${screen}`, `default ${screen}`)).diffPixels, screen).to.equal(0);
      element.remove();
    }
  });
});
