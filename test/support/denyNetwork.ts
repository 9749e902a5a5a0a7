/**
 * A preload module (`node --require out/test/support/denyNetwork.js …`) for the no-network tests: it
 * replaces every way a Node process can open a socket, resolve a name or start another process with a
 * function that records the attempt and throws. With UNRES_WATCH_FILE set, it also records every access to
 * a path containing that string (to show that a file a workspace names is never read).
 *
 * Records go, one line each, to the file named by UNRES_DENY_LOG (appended synchronously, so nothing is
 * lost if the process dies right after).
 */
// `import x = require()` binds the module objects themselves: `import * as` would bind copies, and
// replacing a function on a copy would leave the real module untouched.
import childProcess = require('node:child_process');
import dgram = require('node:dgram');
import dns = require('node:dns');
import fs = require('node:fs');
import http = require('node:http');
import https = require('node:https');
import net = require('node:net');
import tls = require('node:tls');
import workerThreads = require('node:worker_threads');

const log = process.env.UNRES_DENY_LOG;
const watched = process.env.UNRES_WATCH_FILE;
const appendFileSync = fs.appendFileSync;

function record(kind: string, detail: string): void {
  if (log) appendFileSync(log, `${kind} ${detail}\n`);
}

type AnyFunction = (...args: unknown[]) => unknown;

function deny(target: object, name: string, label: string): void {
  const host = target as Record<string, unknown>;
  if (typeof host[name] !== 'function') return;
  Object.defineProperty(host, name, {
    configurable: true,
    writable: true,
    value: function denied(...args: unknown[]): never {
      record('denied', `${label} ${describe(args[0])}`);
      throw new Error(`unres test: ${label} is not allowed`);
    },
  });
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

for (const name of ['connect', 'createConnection', 'createServer']) deny(net, name, `net.${name}`);
deny(net.Socket.prototype, 'connect', 'net.Socket.connect');
deny(net.Server.prototype, 'listen', 'net.Server.listen');
deny(tls, 'connect', 'tls.connect');
deny(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['request', 'get']) {
  deny(http, name, `http.${name}`);
  deny(https, name, `https.${name}`);
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) deny(dns, name, `dns.${name}`);
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  deny(childProcess, name, `child_process.${name}`);
}
// A worker thread is allowed only on the process's own entry script (the CLI checks many drafts in threads
// of itself): that runs nothing but the bundle already running. The CLI starts one with a line of code that
// requires that script and calls its thread entry, `require("…/cli.js").runCheckingThread();`, and nothing
// else: any other script or code is denied.
{
  const OriginalWorker = workerThreads.Worker;
  const own = process.argv[1] ? fs.realpathSync(process.argv[1]) : undefined;
  const realOrUndefined = (path: string): string | undefined => {
    try {
      return fs.realpathSync(path);
    } catch {
      return undefined;
    }
  };
  const OWN_THREAD = /^require\(("(?:[^"\\]|\\.)*")\)\.runCheckingThread\(\);$/;
  /** The script a worker runs: its path, or for code (`eval`), the script that code requires, if it is only that. */
  const scriptOf = (script: unknown, options: unknown): string | undefined => {
    if ((options as { eval?: boolean } | undefined)?.eval) {
      const m = OWN_THREAD.exec(String(script));
      return m ? realOrUndefined(JSON.parse(m[1]!) as string) : undefined;
    }
    return realOrUndefined(script instanceof URL ? script.pathname : String(script));
  };
  Object.defineProperty(workerThreads, 'Worker', {
    configurable: true,
    writable: true,
    value: function Worker(this: unknown, script: unknown, options?: unknown) {
      if (own === undefined || scriptOf(script, options) !== own) {
        record('denied', `worker_threads.Worker ${describe(script)}`);
        throw new Error('unres test: worker_threads.Worker is not allowed');
      }
      return new OriginalWorker(script as string, options as ConstructorParameters<typeof OriginalWorker>[1]);
    },
  });
}
deny(globalThis, 'fetch', 'fetch');

if (watched) {
  const watch = (target: object, name: string, label: string): void => {
    const host = target as Record<string, AnyFunction>;
    const original = host[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(host, name, {
      configurable: true,
      writable: true,
      value: function watchedAccess(this: unknown, ...args: unknown[]): unknown {
        const path = args[0] instanceof URL ? args[0].pathname : String(args[0]);
        if (path.includes(watched)) record('read', `${label} ${path}`);
        return original.apply(this, args);
      },
    });
  };
  for (const name of ['readFileSync', 'openSync', 'statSync', 'existsSync', 'readFile', 'open', 'stat', 'createReadStream', 'watch', 'watchFile']) {
    watch(fs, name, `fs.${name}`);
  }
  for (const name of ['readFile', 'open', 'stat']) watch(fs.promises, name, `fs.promises.${name}`);
}
