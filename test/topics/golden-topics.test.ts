/**
 * Topic extraction gives exactly the phrases, labels and scores it gave on real corpora before it was
 * made faster (test/fixtures/topics, written by golden-corpora.ts).
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN_CORPORA, GOLDEN_FOLDER, goldenTopics } from "./golden-corpora";

describe("topics of real corpora", () => {
  for (const { name, files } of GOLDEN_CORPORA) {
    it(`are unchanged on ${files.join(" + ")}`, () => {
      const expected: unknown = JSON.parse(readFileSync(join(GOLDEN_FOLDER, `${name}.json`), "utf8"));
      const topics = goldenTopics(files);
      expect(Object.values(topics).flat().length).toBeGreaterThan(Object.keys(topics).length);
      expect(topics).toEqual(expected);
    });
  }
});
