// ESLint flat config. Office-specific rules for src/office are added below by the adapter's block.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'coverage/**', 'node_modules/**', 'test/fixtures/docx/**', 'bench/out/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only src/office may touch the Office.js globals.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-globals': ['error', 'Word', 'Office'],
    },
  },
  {
    // The core is pure: no Word/Office, no DOM, no Node built-ins.
    files: ['src/core/**/*.ts', 'src/profiles/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Word', 'Office', 'document', 'window', 'process', 'require'],
      'no-restricted-imports': ['error', { patterns: ['fs', 'node:*', 'path', 'react', 'react-dom', '@fluentui/*', '../office/*', '../taskpane/*', '../cli/*', '../docx/*'] }],
    },
  },
  {
    // The Word adapter: the office-addins plugin's recommended Office.js rules (load/sync discipline),
    // without the rest of its preset (prettier, parser), which the base config already covers.
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(
      officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')),
    ),
  },
);
