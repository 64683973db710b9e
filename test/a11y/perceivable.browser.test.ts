/**
 * What axe cannot see: a visible focus ring of at least 3:1 on every control in every theme,
 * targets of at least 24 by 24 CSS pixels, no horizontal scrolling at 320 CSS pixels (400%
 * zoom) or 640 (200% zoom), and the semantics of errors, codes, the password toggle and the
 * QR code.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { contrast } from '../support/contrast.js';
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

const ALL: readonly (ScreenName | StateName)[] = [...SCREENS, ...(Object.keys(STATES) as StateName[])];
const CONTROLS = 'button, input, select, a[href], .cognito-choice';

function visible(element: Element): boolean {
  return element.checkVisibility() && !element.closest('.cognito-visually-hidden');
}

function label(element: Element): string {
  const name = element.getAttribute('name');
  return name
    ? `${element.tagName.toLowerCase()}[name=${name}]`
    : `${element.tagName.toLowerCase()} "${element.textContent.trim()}"`;
}

describe('perceivable and operable', () => {
  before(async () => {
    await loadThemes();
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const screen of ['signIn', 'signUp-phone', 'selectMfaType', 'setupTotp'] as const) {
    it(`shows a focus ring of at least 3:1 on every control of ${screen}, in every theme`, async () => {
      const element = await mountScreen(screen);
      const before = document.createElement('button');
      before.textContent = 'Before';
      element.before(before);
      const problems: string[] = [];
      let checked = 0;
      for (const theme of THEMES) {
        applyTheme(element, theme);
        await emulateMedia({ colorScheme: theme.prefersDark ? 'dark' : 'light' });
        await settled(element);
        const surface = getComputedStyle(element.querySelector('.cognito-screen') ?? element).backgroundColor;
        before.focus();
        for (let step = 0; step < 30; step++) {
          await sendKeys({ press: 'Tab' });
          const active = document.activeElement;
          if (!active || !element.contains(active)) break;
          checked += 1;
          const style = getComputedStyle(active);
          const width = parseFloat(style.outlineWidth);
          const ratio = contrast(style.outlineColor, surface);
          if (style.outlineStyle === 'none' || width < 2 || ratio < 3) {
            problems.push(
              `${theme.name} ${label(active)}: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, ${ratio.toFixed(2)}:1 on ${surface}`,
            );
          }
        }
      }
      expect(problems).to.deep.equal([]);
      expect(checked).to.be.greaterThan(THEMES.length * 2);
    });
  }

  it('makes every control at least 24 by 24 CSS pixels on every screen, in every theme', async () => {
    const small: string[] = [];
    for (const screen of ALL) {
      const element = await mountScreen(screen);
      for (const theme of THEMES) {
        applyTheme(element, theme);
        await settled(element);
        for (const control of element.querySelectorAll(CONTROLS)) {
          if (!visible(control)) continue;
          const { width, height } = control.getBoundingClientRect();
          if (width < 24 || height < 24)
            small.push(`${screen} ${theme.name} ${label(control)}: ${width.toFixed(1)}x${height.toFixed(1)}`);
        }
      }
      element.remove();
    }
    expect(small).to.deep.equal([]);
  });

  for (const width of [320, 640]) {
    it(`needs no horizontal scrolling at ${String(width)} CSS pixels, in English, Arabic and the 40% longer pseudo-locale`, async () => {
      await setViewport({ width, height: 800 });
      const overflowing: string[] = [];
      for (const language of ['en', 'ar', 'en-XA']) {
        for (const screen of ALL) {
          const element = await mountScreen(screen, { language });
          const card = element.querySelector('.cognito-screen');
          if (!card) throw new Error(`no card on ${screen}`);
          const box = card.getBoundingClientRect();
          if (document.documentElement.scrollWidth > window.innerWidth)
            overflowing.push(`${language} ${screen}: the page scrolls sideways`);
          if (box.right > window.innerWidth + 0.5)
            overflowing.push(`${language} ${screen}: the card is ${box.width.toFixed(0)} wide`);
          for (const part of card.querySelectorAll('*')) {
            if (!visible(part) || part.closest('svg')) continue;
            const rect = part.getBoundingClientRect();
            if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
              overflowing.push(`${language} ${screen}: ${label(part)} sticks out`);
          }
          element.remove();
        }
      }
      expect(overflowing).to.deep.equal([]);
    });
  }

  it('ties each field error to its field with aria-describedby and aria-invalid', async () => {
    const element = await mountScreen('signUp-invalid');
    const invalid = [...element.querySelectorAll('input[aria-invalid="true"]')];
    expect(invalid.map((input) => input.getAttribute('name'))).to.deep.equal([
      'username',
      'attribute:email',
      'password',
      'confirmPassword',
    ]);
    for (const input of invalid) {
      const messages = (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id));
      const error = messages.find((message) => message?.classList.contains('cognito-field__error'));
      expect(error?.textContent.trim(), `the message of ${input.getAttribute('name') ?? ''}`).to.not.equal('');
    }
    for (const input of element.querySelectorAll('input[aria-invalid="false"]')) {
      expect(input.getAttribute('aria-describedby') ?? '').to.not.include('-error');
    }
  });

  it('announces a form error through a live region that was on the page before the error', async () => {
    const element = await mountScreen('signIn');
    const region = element.querySelector('[role="alert"]');
    expect(region?.textContent.trim()).to.equal('');
    const errorState = await mountScreen('signIn-error');
    const shown = errorState.querySelector('[role="alert"]');
    expect(shown?.textContent.trim()).to.equal('Incorrect username or password.');
    expect(shown?.closest('form')).to.not.equal(null);
  });

  it('gives the show-password toggle a name and aria-pressed, and the code fields one input with one-time-code and a numeric keyboard', async () => {
    const signIn = await mountScreen('signIn');
    const toggle = signIn.querySelector<HTMLButtonElement>('.cognito-field__toggle');
    expect([toggle?.type, toggle?.textContent.trim(), toggle?.getAttribute('aria-pressed')]).to.deep.equal([
      'button',
      'Show password',
      'false',
    ]);
    for (const screen of [
      'confirmSignUp',
      'confirmSignIn',
      'setupTotp',
      'confirmResetPassword',
      'confirmVerifyUser',
    ] as const) {
      const element: CognitoAuthenticator = await mountScreen(screen);
      const codes = [...element.querySelectorAll<HTMLInputElement>('input[name="code"]')];
      expect(
        codes.map((code) => [code.autocomplete, code.inputMode, code.type]),
        screen,
      ).to.deep.equal([['one-time-code', 'numeric', 'text']]);
      expect(element.querySelector(`label[for="${codes[0]?.id ?? ''}"]`)?.textContent, screen).to.equal(
        'Confirmation code',
      );
      element.remove();
    }
  });

  it('gives the QR code a name and the secret as its text alternative', async () => {
    const element = await mountScreen('setupTotp');
    const image = element.querySelector('svg[role="img"]');
    const name = document.getElementById(image?.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(name).to.equal('QR code for your authenticator app');
    const key = element.querySelector('.cognito-qr__key');
    expect(key?.textContent.replace(/\s/gu, '')).to.equal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW');
    expect(document.getElementById(key?.getAttribute('aria-labelledby') ?? '')?.textContent).to.equal('Setup key');
  });
});
