/**
 * The Node options the language server is started with. `--max-semi-space-size=4` keeps V8's young
 * generation at 4 MB a half: it grows to 16 MB under the allocation of a large document's analysis and is
 * not given back, which was most of the server's memory above its budget (a 1 MB draft open: 94 MB, 76 MB
 * with this), while the time from an edit to its diagnostics did not change measurably (docs/performance.md).
 * The protocol tests and the benchmark start the server with the same options (test/support/serverArgs.ts;
 * a unit test keeps the two lists equal). Other editors may pass them too (README).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
