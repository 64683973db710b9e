/**
 * The element on a page with aggressive global CSS (test/themes/fixtures/hostile.css: a
 * reset, Bootstrap-like `input, button, label, form` rules, `* { box-sizing: content-box }`,
 * a 10px root font size) looks exactly as on a clean page, and its own CSS changes nothing
 * outside it.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { authenticatorStyles } from '../../src/styles/authenticator.styles.ts';
import { isWebKit } from '../support/engine.js';
import { setUpPage } from '../support/page-setup.js';
import { addStylesheet, mountScreen, perform, type ScreenName, type StateName } from '../support/screens.js';
import { capture, compareCaptures } from '../support/visual.js';

const CARD = 'cognito-authenticator .cognito-screen';

/** Every computed property (and the size) of everything the element drew, by its place in the tree. */
function computed(element: CognitoAuthenticator): Map<string, string> {
  const found = new Map<string, string>();
  const container = element.querySelector('.cognito-authenticator__screen');
  if (!container) throw new Error('nothing drawn');
  const parts = [element, container, ...container.querySelectorAll('*')].filter(
    (part) => !part.closest('svg') || part.tagName === 'svg',
  );
  parts.forEach((part, index) => {
    const where = `${String(index)} ${part.tagName.toLowerCase()}.${[...part.classList].join('.')}`;
    const style = getComputedStyle(part);
    for (const property of style) {
      // Where the page puts the element is the page's business; what the element looks like is not.
      if (/^(inset|top|left|bottom|right|perspective-origin|transform-origin)/u.test(property)) continue;
      // The host's own box (its border, margins, width) is the page's to set, as for any block.
      if (part === element && /^(border|margin|padding|width|inline-size)/u.test(property)) continue;
      found.set(`${where} ${property}`, style.getPropertyValue(property));
    }
    if (part === element) return;
    const rect = part.getBoundingClientRect();
    found.set(`${where} size`, `${rect.width.toFixed(2)}x${rect.height.toFixed(2)}`);
  });
  return found;
}

function differences(clean: Map<string, string>, hostile: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [key, value] of clean)
    if (hostile.get(key) !== value) found.push(`${key}: ${value} → ${hostile.get(key) ?? 'missing'}`);
  return found;
}

describe('on a page with aggressive global CSS', () => {
  before(async () => {
    await setUpPage({ width: 800, height: 1100, colorScheme: 'light', reducedMotion: 'reduce' });
  });

  const screens: readonly (ScreenName | StateName)[] = [
    'signIn',
    'signUp-invalid',
    'signUp-phone',
    'selectMfaType',
    'setupTotp',
    'confirmResetPassword',
  ];
  // WebKit antialiases a rounded corner differently where the page moved it (a few levels
  // on a few dozen edge pixels), so there the picture cannot be identical.
  const pixels = !isWebKit();
  for (const screen of screens) {
    const name = pixels
      ? `draws ${screen} exactly as on a clean page: every computed style, every size, every pixel`
      : `draws ${screen} exactly as on a clean page: every computed style, every size (pixels not compared in WebKit: its antialiasing of rounded corners depends on where the page puts them)`;
    it(name, async () => {
      const element = await mountScreen(screen);
      // The page gives the element a fixed width, so its box does not follow the body's margin.
      element.parentElement?.style.setProperty('width', '600px');
      const clean = computed(element);
      if (pixels) await capture(`clean ${screen}`, CARD);
      const hostile = await addStylesheet('/test/themes/fixtures/hostile.css', 'first');
      try {
        expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
        expect(differences(clean, computed(element))).to.deep.equal([]);
        if (pixels) {
          await capture(`hostile ${screen}`, CARD);
          const result = await compareCaptures(`clean ${screen}`, `hostile ${screen}`);
          expect(result.diffPixels).to.equal(0);
        }
      } finally {
        hostile.remove();
      }
    });
  }

  it('still works there: a person fills and submits the form', async () => {
    const hostile = await addStylesheet('/test/themes/fixtures/hostile.css', 'first');
    try {
      const element = await mountScreen('signIn');
      await perform(element, { fill: { username: 'jane', password: 'Correct-Horse-9' } });
      expect(element.route).to.equal('authenticated');
    } finally {
      hostile.remove();
    }
  });
});

describe('the page around the element', () => {
  it('keeps every computed style of its own forms, fields, buttons and text when the element arrives', async () => {
    const sheet = authenticatorStyles.styleSheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    const page = document.createElement('div');
    page.innerHTML = `<h2>Newsletter</h2><p>Get our news. <a href="#news">Read more</a></p><form class="cognito-form"><fieldset><legend>You</legend>
      <label for="page-email" class="cognito-field__label">Email</label><input id="page-email" class="cognito-field__input" type="email">
      <select><option>One</option></select><input type="radio" name="r"></fieldset><button class="cognito-button">Subscribe</button><code>x</code></form>`;
    document.body.append(page);
    const snapshot = (): string[] =>
      [page, ...page.querySelectorAll('*')].flatMap((part) => {
        const style = getComputedStyle(part);
        return [...style].map((property) => `${part.tagName} ${property}: ${style.getPropertyValue(property)}`);
      });
    try {
      const before = snapshot();
      const element = await mountScreen('signIn');
      expect(document.adoptedStyleSheets).to.include(sheet);
      expect(element.querySelector('.cognito-form')).to.not.equal(null);
      const after = snapshot();
      expect(after.filter((line, index) => line !== before[index])).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('writes no <style> element and no style attribute on any screen', async () => {
    const styles = document.querySelectorAll('style').length;
    const written: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') written.push(`style="" on ${(record.target as Element).tagName}`);
        for (const node of record.addedNodes) if (node instanceof HTMLStyleElement) written.push('<style>');
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
    for (const screen of ['signIn', 'signUp', 'setupTotp', 'selectMfaType', 'confirmResetPassword'] as const) {
      const element = await mountScreen(screen, { variation: screen === 'signIn' ? 'modal' : 'default' });
      expect(element.shadowRoot?.querySelector('style') ?? null).to.equal(null);
      expect(element.querySelectorAll('[style]').length).to.equal(0);
    }
    observer.disconnect();
    expect(written).to.deep.equal([]);
    expect(document.querySelectorAll('style').length).to.equal(styles);
  });
});
