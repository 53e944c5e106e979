// ESLint for the whole repository: `npm run lint` (with `prettier --check`), `npm run format` to fix.
// Formatting is Prettier's job (.prettierrc.json); these rules are about correctness and the house style.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'examples/*/dist/', '.tsbuild/', '.wtr-cache/', 'custom-elements.json', 'tests/fixtures/']),

  js.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      'prefer-const': 'error',
      'object-shorthand': 'error',
    },
  },

  // TypeScript: type-aware rules, every file in one program (tsconfig.lint.json): a program per tsconfig made ESLint
  // build and check src/ three times, the slowest part of `npm test` on a fresh clone.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit templates interpolate numbers and the like on purpose; `${n}` in a message is fine.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Event listeners and Lit's lifecycle take async functions whose promise nobody awaits by design.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      // `void promise` marks a deliberate fire-and-forget; anything else must be awaited or caught.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/explicit-member-accessibility': 'off',
      '@typescript-eslint/no-non-null-assertion': 'warn',
      // Numbers and booleans in string building read well here; objects do not.
      '@typescript-eslint/restrict-plus-operands': ['error', { allowNumberAndString: true }],
      // Checks like `if (!list.length)` on possibly-empty lists are common and clear.
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      // Grading compares words by code point (`[...word]`) on purpose; graphemes would not change a verdict.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },

  // The elements: Lit's template rules and the web-component rules.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/quoted-expressions': ['error', 'never'],
      'wc/guard-super-call': 'off', // LitElement defines every lifecycle callback.
    },
  },

  // Tests: chai's property assertions (`expect(x).to.be.true`), `!` on what the test just rendered, markup in
  // attribute values on purpose (text must stay text), defensive harness code.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `(await oneEvent(el, 'quiz-error')) as QuizErrorEvent`: the test then checks what it got.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'lit/attribute-value-entities': 'off',
      // Harness queries take the element type the test expects, as querySelector<T> and fixture<T> do.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // @open-wc/testing types `expect(x).to.equal(y)` as returning a Promise, so this rule would flag every
      // assertion; the assertions that really are asynchronous must be awaited, which the next rule checks.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > CallExpression > MemberExpression.callee[property.name=/^(accessible|isAccessible|isNotAccessible)$/]',
          message: 'Await the accessibility check: `await expect(el).to.be.accessible()`.',
        },
        {
          selector:
            'ExpressionStatement > CallExpression[callee.name=/^(fixture|oneEvent|waitUntil|aTimeout|nextFrame|elementUpdated|sendKeys|sendMouse|setViewport|emulateMedia)$/]',
          message: 'Await it: an unawaited step races the next one.',
        },
      ],
    },
  },

  // Plain JavaScript: scripts and configs run under Node, demo and CSP test pages in the browser. No types to check.
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // bench-annotate.mjs holds code that runs in the page it drives.
    files: ['demo/**/*.js', 'tests/csp/**/*.js', 'scripts/bench-annotate.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node scripts that drive a browser: the callbacks they pass to page.evaluate/waitForFunction run in the page.
    files: ['scripts/bench.mjs', 'scripts/page-weights.mjs', 'scripts/print-worksheet.mjs', 'tests/examples/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // The example apps are packages of their own, type-checked by their own build against their own node_modules
  // (tests/examples installs them); a fresh clone has none, so type-aware rules could not resolve their imports.
  {
    files: ['examples/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser },
  },

  // The translations keep typographic spaces (no-break before « : ? !, narrow no-break in numbers) inside their
  // template strings on purpose; plain strings are already exempt by default.
  {
    files: ['src/messages/locales/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
);
