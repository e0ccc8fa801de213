// Lint, including the house rules on imports (design.md, "Architecture"):
// renderer -> core; electron, server -> db -> core; core imports no UI or
// Node library. The rule is scripts/eslint-layering.js, proved by
// scripts/lint-layering.test.ts; it holds for tests too.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noCycle } from './scripts/eslint-cycles.js';
import layeringPlugin from './scripts/eslint-layering.js';

const local = { rules: { ...layeringPlugin.rules, 'no-cycle': noCycle } };

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
    files: ['{core,db,server,electron,renderer}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { local },
    rules: { 'local/layering': 'error' },
  },
  {
    // No import circle anywhere in the tree, type-only ones included (scripts/eslint-cycles.js).
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { local },
    rules: { 'local/no-cycle': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
