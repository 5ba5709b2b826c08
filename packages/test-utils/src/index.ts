/**
 * @gpumesh/test-utils: helpers for the package and root tests, run from source by vitest
 * (never built or published). They use the built `@gpumesh/*` packages, so a test that
 * imports these and `@gpumesh/node` sees one copy of each class.
 */
export * from './testbed.js'
