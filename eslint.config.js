import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'MissionElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The rooms of src/ and what each may import (README, "Architecture"): data knows nothing
  // above it, i18n only data's types, views never Lit, controllers never components.
  ...rooms({
    'src/data/**': ['**/i18n/**', '**/views/**', '**/controllers/**', '**/components/**', 'lit', 'lit/*'],
    'src/scheduling/**': [
      '**/data/**',
      '**/i18n/**',
      '**/views/**',
      '**/controllers/**',
      '**/components/**',
      'lit',
    ],
    'src/i18n/**': ['**/views/**', '**/controllers/**', '**/components/**', 'lit', 'lit/*'],
    'src/views/**': ['**/controllers/**', '**/components/**', 'lit', 'lit/*'],
    'src/controllers/**': ['**/components/**'],
  }),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Callbacks here also run inside the page (page.evaluate), where browser globals exist.
    files: ['test/e2e/**', 'test/package/**', 'bench/**', 'demo/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // chai's property assertions (`.to.be.empty`) read as expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

/** One `no-restricted-imports` block per room: the patterns it must not import. */
function rooms(forbidden) {
  return Object.entries(forbidden).map(([files, patterns]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: patterns, message: 'This room may not import that one: see README, "Architecture".' },
          ],
        },
      ],
    },
  }));
}
