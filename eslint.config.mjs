// ESLint flat config: typescript-eslint over the TypeScript sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test/tmp/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in any host (extension host, CLI, web worker, browser): no editor, no Node APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must stay editor-free.' }],
        patterns: [
          { group: ['node:*'], message: 'src/core must not use Node APIs.' },
          { group: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util'], message: 'src/core must not use Node APIs.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
);
