/**
 * The fuzz harness on a fixed seed and a bounded count, so every CI run tries the same cases
 * (a failure reproduces). Long runs with other seeds: `npm run fuzz` (scripts/fuzz.ts).
 */
import fc from "fast-check";
import { makeTempDir } from "../node/helpers";
import { CI_SIZE, fuzzCase } from "./generators";
import { checkCase } from "./properties";

const SEED = 20_231_231;
const RUNS = 24;

it("any file gives a result or a clear message; input sheets unchanged, no formula from text, re-evaluation stable", async () => {
  await fc.assert(
    fc.asyncProperty(fuzzCase(CI_SIZE), async (c) => {
      const { dir, cleanup } = makeTempDir("zipin-fuzz-");
      try {
        await checkCase(c, dir);
      } finally {
        cleanup();
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
}, 180_000);
