/**
 * Identity decides exactly as it did before it was made faster: on every real fixture with authors and on
 * the generated OpenAlex corpus, the people, decisions with their evidence, owners and slot keys hash to
 * the digests of test/fixtures/identity-golden.json (written by golden-identities.ts).
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED, GOLDEN_FILES, GOLDEN_MODES, GOLDEN_PATH, identityDigest } from "./golden-identities";
import type { IdentityDigest } from "./golden-identities";

const golden = JSON.parse(readFileSync(GOLDEN_PATH, "utf8")) as Record<string, IdentityDigest>;

describe("identity decisions on real files", () => {
  for (const file of [...GOLDEN_FILES, GENERATED]) {
    for (const mode of GOLDEN_MODES) {
      it(`are unchanged on ${file} (${mode})`, () => {
        const digest = identityDigest(file, mode);
        expect(digest.people).toBeGreaterThan(0);
        expect(digest).toEqual(golden[`${mode} ${file}`]);
      });
    }
  }
});
