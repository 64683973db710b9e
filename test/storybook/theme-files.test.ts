/** The Theme toolbar switches a theme on the way the theme's own CSS is scoped. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { themeOf } from '../../.storybook/theme-files.ts';

describe('a theme file in the toolbar', () => {
  it('is named after its file', () => {
    assert.equal(themeOf('../themes/high-contrast.css', '.x { --cognito-color-text: #000; }').name, 'high-contrast');
  });

  it('is switched on by the class its tokens are scoped to', () => {
    const theme = themeOf(
      '../themes/dark.css',
      '/* Dark */\n.cognito-theme-dark {\n  --cognito-color-text: #e6edf3;\n}\n',
    );
    assert.deepEqual(theme.classes, ['cognito-theme-dark']);
    assert.deepEqual(theme.attributes, []);
  });

  it('is switched on by the attribute its tokens are scoped to, with its value', () => {
    const theme = themeOf(
      '../themes/dark.css',
      '[data-cognito-theme="dark"] cognito-authenticator { --cognito-color-surface: #0d1117; }',
    );
    assert.deepEqual(theme.attributes, [['data-cognito-theme', 'dark']]);
    assert.deepEqual(theme.classes, []);
  });

  it('finds the scope inside media queries and ignores rules that set no token', () => {
    const css = `.unrelated { color: red; }
      @media (prefers-color-scheme: dark) {
        .brand-auto:not([dir='rtl']) { --cognito-color-primary: #58a6ff; }
      }`;
    const theme = themeOf('../themes/auto.css', css);
    assert.deepEqual(theme.classes, ['brand-auto']);
    assert.deepEqual(theme.attributes, []);
  });

  it('keeps the CSS as written, to be put in the page when chosen', () => {
    const css = ':root { --cognito-radius-m: 0; }';
    const theme = themeOf('../themes/square.css', css);
    assert.equal(theme.css, css);
    assert.deepEqual([theme.classes, theme.attributes], [[], []]);
  });
});
