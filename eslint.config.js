// Lint, including the house rules on imports (design.md, "Architecture"):
// core imports nothing of the others, db only core, the renderer never db,
// server, electron or Node.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'native/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: layer(
      ['**/db', '**/db/**', '**/server/**', '**/electron/**', '**/renderer/**', 'node:*', 'better-sqlite3', 'electron', 'react'],
      'core/ is pure: it imports nothing of the other layers and no Node or UI modules.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: layer(['**/server/**', '**/electron/**', '**/renderer/**', 'electron'], 'db/ imports core/ only.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        ['**/db', '**/db/**', '**/server/**', '**/electron/**', 'node:*', 'better-sqlite3', 'electron'],
        'The renderer talks to the journal only through renderer/api/client.ts.',
      ),
    },
  },
  {
    files: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
