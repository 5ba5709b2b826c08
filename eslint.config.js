// ESLint 9 flat config: neostandard (the maintained successor of `standard`, the style
// this code is written in) with its TypeScript rules. `pnpm lint` runs it over every
// package, their tests, the root tests and the benchmarks.
import neostandard from 'neostandard'

export default [
  // Build output, and protobufjs's generated code (`pnpm --filter @gpumesh/protocol generate`).
  { ignores: ['**/dist/**', 'packages/protocol/src/gen/**', 'bench/results/**', 'coverage/**', '.tmp/**'] },
  ...neostandard({ ts: true }),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `void promise` as a statement marks a promise deliberately not awaited (its
      // errors are handled inside); as an expression it stays an error.
      'no-void': ['error', { allowAsStatement: true }]
    }
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Wire enums are a const object and a type of the same name; tsc already reports
      // real redeclarations (typescript-eslint advises leaving this rule off for TS).
      '@typescript-eslint/no-redeclare': 'off',
      // Related fields share a line (a GPU's vendor, model and memory; an offer's
      // capacity), so one property per line would make these objects longer, not clearer.
      '@stylistic/object-property-newline': 'off',
      // `_` names a binding that is there only to be ignored (`for await (const _ of …)`).
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', ignoreRestSiblings: true, vars: 'all', varsIgnorePattern: '^_' }]
    }
  }
]
