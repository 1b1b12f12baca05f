/**
 * The page under load (test/e2e/load-network.ts: about 20,000 authors and 340,000 coauthor links given
 * through the file picker). Structure only — how long things take is `npm run bench:explorer`'s business
 * (a timing bound fails on a busy machine and proves nothing on an idle one):
 * - the analysis runs in the worker: the page posts one `analyse` request and gets progress, the data in
 *   chunks and the result back from its worker;
 * - the page answers input while the worker runs: a key typed into the search box is handled, and the
 *   search suggests names, while the run is still going (replies of the run come after it);
 * - the network gets drawn: sigma is given the 20,000 authors and renders frames of them after the result
 *   (that a frame has ink is checked on the sample in explorer.test.ts; reading a 20,000-node canvas back
 *   takes half a minute of software WebGL).
 */

import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { lastRun, loadFiles, readLoadRecord, recordPage, waitForFrames, type LoadRecord } from "./load-network";

describe("a 20,000-author network", () => {
  let session: BrowserSession;
  let record: LoadRecord;
  let suggestions: string[];

  beforeAll(async () => {
    session = await launchBrowser();
    const { page } = session;
    await recordPage(page);
    await openExplorer(page, inject("appUrl"));
    // The sample's live layout has settled, as when a user drops files on a page they have looked at.
    await page.waitForFunction(() => document.querySelector(".layout-toggle")?.textContent === "Run layout");
    await runAndWait(
      page,
      async () => {
        await page.setInputFiles("[data-testid=file-input]", loadFiles());
        await page.waitForFunction(() => document.body.dataset.status === "running");
        // Typed while the worker analyses; the suggestions come from the network on the canvas (the sample's).
        await page.locator("#search input").pressSequentially("Rager");
        suggestions = await page
          .locator("#search-results [role=option]")
          .evaluateAll((options) => options.map((option) => option.getAttribute("data-label") ?? ""));
      },
      240_000,
    );
    await waitForFrames(page);
    record = await readLoadRecord(page);
  }, 300_000);
  afterAll(() => session?.close());

  test("is analysed in the worker: one request out, progress, data chunks and the result back", () => {
    const run = lastRun(record.observations);
    const requests = run.filter((o) => o.kind === "request").map((o) => o.type);
    const replies = run.filter((o) => o.kind === "reply").map((o) => o.type);
    expect(requests).toEqual(["analyse"]);
    expect(replies.filter((type) => type === "progress").length).toBeGreaterThan(0);
    expect(replies.filter((type) => type === "chunk").length).toBeGreaterThan(1);
    expect(replies.at(-1)).toBe("result");
    expect(replies).not.toContain("error");
  });

  test("answers a key typed while the worker runs, with search suggestions", () => {
    const run = lastRun(record.observations);
    const typed = run.map((o) => o.kind === "input" && o.type === "input" && o.status === "running");
    const first = typed.indexOf(true);
    expect(first, "no input event was handled during the run").toBeGreaterThan(0);
    // The worker was still at work after the key was handled: its progress or data replies follow.
    const later = run.slice(first).filter((o) => o.kind === "reply" && (o.type === "progress" || o.type === "chunk"));
    expect(later.length).toBeGreaterThan(0);
    expect(suggestions).toContain("Can Rager");
  });

  test("is drawn: sigma gets the 20,000 authors and renders frames of them after the result", () => {
    expect(record.nodes).toBeGreaterThan(19_000);
    expect(record.edges).toBeGreaterThan(0);
    expect(record.firstDraw).toBeGreaterThan(record.result);
    expect(record.frames.length).toBeGreaterThan(0);
  });
});
