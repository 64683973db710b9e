// ESLint flat config: type-aware TypeScript rules plus Lit, web-component and Lit
// accessibility rules. The gate is `eslint --max-warnings 0 .`.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      '**/.cognito/',
      '.demo/',
      '.test-results/',
      'coverage/',
      // Amplify UI's app for the comparison: its packages are installed only by `npm run bench`.
      'bench/compare/',
    ],
  },
  { files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Files in tsconfig.json use it; the root config files (not in any tsconfig) get
        // TypeScript's default project, so they are linted with types too.
        projectService: { allowDefaultProject: ['*.js', '*.mjs'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- eslint-plugin-lit-a11y ships no types
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { secret, ...rest } = value` is how a member is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Global maps (HTMLElementEventMap) gain the element's events by extending its own map.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises the runner itself awaits.
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
            // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise,
            // though only its DOM snapshot forms are asynchronous.
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
      // TypeScript resolves names (browser and Node globals alike); ESLint's own check
      // knows neither environment.
      'no-undef': 'off',
    },
  },
  {
    // Small modules and short functions in the library itself: a file over 400 lines or a
    // function over 80 is a sign that a flow or a screen wants a module of its own.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
);
