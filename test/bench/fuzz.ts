/**
 * `npm run fuzz`: the property tests of test/unit/fuzz.test.ts with 100,000 cases in all (or the count
 * given as the first argument) and a fresh random seed, printed first so that a failure can be replayed:
 *
 *   UNRES_FUZZ_SEED=<seed> UNRES_FUZZ_RUNS=<count> node out/test/bench/fuzz.js
 */
import { join } from 'node:path';
import Mocha from 'mocha';

const runs = Number(process.argv[2] ?? process.env.UNRES_FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.UNRES_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
process.env.UNRES_FUZZ_RUNS = String(runs);
process.env.UNRES_FUZZ_SEED = String(seed);
process.stdout.write(`fuzz: ${runs} cases, seed ${seed}\n`);

const mocha = new Mocha({ timeout: 0, reporter: 'spec' });
mocha.addFile(join(__dirname, '..', 'unit', 'fuzz.test.js'));
const started = Date.now();
mocha.run((failures) => {
  process.stdout.write(`fuzz: ${failures === 0 ? 'no failure' : `${failures} failing`} in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed})\n`);
  process.exitCode = failures === 0 ? 0 : 1;
});
