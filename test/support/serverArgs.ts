/**
 * The Node options VS Code starts the server with (client/src/serverProcess.ts, which the tests cannot
 * import: the client is compiled apart). The protocol tests and the benchmark start dist/server.js as VS
 * Code does; `test/unit/manifest.test.ts` checks that this list is the client's.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
