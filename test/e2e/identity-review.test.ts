/**
 * The identity review panel (issue 10, item 5), on a real Web of Science export opened through "Open
 * files…" (test/fixtures/real/identity/wos-bruna-savedrecs.txt: 102 papers of Emilio M. Bruna's lab, the
 * owner also written "EM Bruna" on 25 of them; "Clare E. Asian" an OCR typo of "Clare Aslan"):
 * - every join and doubtful split is listed with its evidence for and against, as text, the most central
 *   people first;
 * - rejecting a join splits it and accepting a split joins it, each time the worker reruns from the
 *   identity step, and the panel says what the verdict changed, in ranks the details panel confirms;
 * - the verdicts download as a thesaurus that `papergraph analyze --thesaurus` replays into the same
 *   people as the explorer's; a verdict can be undone, by its own button or by Ctrl+Z like any choice;
 * - at 420 px the panel fits its drawer and works by keyboard.
 * Screenshots go to screenshots/ (git-ignored).
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, ROOT, runAndWait, type BrowserSession } from "./harness";
import { download, downloadText } from "./page";

const FIXTURE = join(ROOT, "test/fixtures/real/identity/wos-bruna-savedrecs.txt");
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const SHOTS = join(ROOT, "screenshots");

interface JsonPerson {
  key: string;
  label: string;
  paperIds: string[];
}

const status = (page: Page) => page.locator("#status").textContent();
const join_ = (page: Page) => page.locator("#identity .merge", { hasText: "Emilio M. Bruna ← EM Bruna" });
const typo = (page: Page) => page.locator("#identity .possible-duplicate", { hasText: "Clare Aslan ~ Clare E. Asian" });
const verdict = (page: Page, n: number) => page.locator(`#identity .verdict-item[data-review="${n}"]`);

/** Opens the fixture as a new workspace and the identity panel, with its two lists unfolded. */
async function openReview(page: Page): Promise<void> {
  await runAndWait(page, () => page.setInputFiles("[data-testid=open-input]", FIXTURE));
  await page.locator("#identity-panel > summary").click();
  for (const list of ["merges", "duplicates"]) await page.locator(`#identity .${list} > summary`).click();
}

/** The weighted-degree rank the details panel gives `name` ("#14 of 593" → 14), found through the search box. */
async function detailsRank(page: Page, name: string): Promise<number> {
  await page.locator("#search input").fill(name);
  await page.locator("#search input").press("Enter");
  await expect.poll(() => page.locator("#details .details-name").textContent()).toBe(name);
  const cell = page.locator("#details .metric-ranks tr", { hasText: "Weighted degree" }).locator("td").nth(1);
  return Number(/^#(\d+) of/.exec((await cell.textContent()) ?? "")?.[1]);
}

/** People as `key|label|paper ids`, sorted: what two analyses must agree on to find the same people. */
const peopleOf = (json: { people: JsonPerson[] }) =>
  json.people.map((person) => `${person.key}|${person.label}|${[...person.paperIds].sort().join(",")}`).sort();

describe("identity review", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
    await openExplorer(session.page, inject("appUrl"));
    await openReview(session.page);
  });
  afterAll(() => session?.close());

  test("each join and each doubtful split is listed with its evidence for and against, the most central first", async () => {
    const { page } = session;
    const [joins, splits] = [page.locator("#identity .merge"), page.locator("#identity .possible-duplicate")];
    expect(await page.locator("#identity .merges > summary").textContent()).toBe("99 joins of several spellings");
    expect(await page.locator("#identity .duplicates > summary").textContent()).toBe(
      "7 possible duplicates kept apart",
    );
    expect([await joins.count(), await splits.count()]).toEqual([99, 7]);
    expect(await page.locator("#identity-count").textContent()).toBe("106");
    // The owner's joins come first: the owner is the most central person.
    expect(await joins.first().locator(".facts").textContent()).toMatch(/rank 1 by weighted degree$/);
    const owner = join_(page);
    expect(await owner.locator(".evidence.for").textContent()).toMatch(/^evidence: .*shared coauthors/);
    expect(await owner.locator(".facts").textContent()).toBe(
      "24.4 points, 4 needed to join · 25 occurrences would move · rank 1 by weighted degree",
    );
    expect(await typo(page).locator(".evidence.for").textContent()).toMatch(/^for: family names "asian" and "aslan"/);
    expect(await typo(page).locator(".evidence.against").textContent()).toMatch(/^against: spelt differently/);
    // Names are text: no element inside a name.
    expect(await page.locator("#identity .names *").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "e2e-identity-review-1440x900.png") });
  });

  test("rejecting a join by keyboard splits it: the worker reruns from identity, and the panel says what changed", async () => {
    const { page } = session;
    expect(await status(page)).toContain("592 authors");
    await join_(page).locator("button[data-verdict=reject]").focus();
    await runAndWait(page, () => page.keyboard.press("Enter"));
    expect((await page.locator("#status").getAttribute("data-steps"))!.split(",")[0]).toBe("identities");
    expect(await status(page)).toContain("593 authors");
    const item = verdict(page, 0);
    await expect.poll(() => item.locator(".change").textContent()).not.toBe("Recomputing…");
    expect(await item.locator(".names").textContent()).toBe("1. Split: Emilio M. Bruna / EM Bruna");
    const change = (await item.locator(".change").textContent())!;
    const moved =
      /^keeps Emilio M\. Bruna at rank 1; moves EM Bruna from rank 1 to rank (\d+) by weighted degree$/.exec(change);
    expect(moved, change).not.toBeNull();
    // The keyboard user lands on what their verdict did.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-review"))).toBe("0");
    expect(await join_(page).count()).toBe(0);
    expect(await detailsRank(page, "EM Bruna")).toBe(Number(moved![1]));
  });

  test("accepting a doubtful split joins it, and the panel says what changed", async () => {
    const { page } = session;
    await runAndWait(page, () => typo(page).locator("button[data-verdict=accept]").click());
    expect(await status(page)).toContain("592 authors");
    const item = verdict(page, 1);
    await expect.poll(() => item.locator(".change").textContent()).not.toBe("Recomputing…");
    expect(await item.locator(".names").textContent()).toBe("2. Joined: Clare E. Asian / Clare Aslan");
    const change = (await item.locator(".change").textContent())!;
    const rank = /moves Clare Aslan from rank \d+ to rank (\d+) by weighted degree$/.exec(change);
    expect(rank, change).not.toBeNull();
    expect(await detailsRank(page, "Clare E. Asian")).toBe(Number(rank![1]));
    expect(await typo(page).count()).toBe(0);
    await page.locator(".identity-yours").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "e2e-identity-verdicts-1440x900.png") });
  });

  test("the verdicts download as a thesaurus that papergraph analyze --thesaurus replays into the same people", async () => {
    const { page } = session;
    const work = mkdtempSync(join(tmpdir(), "papergraph-review-"));
    try {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(".identity-yours button", { hasText: "Download as thesaurus" }).click(),
      ]);
      expect(file.suggestedFilename()).toBe("papergraph-identity-review.txt");
      await file.saveAs(join(work, file.suggestedFilename()));
      expect(readFileSync(join(work, file.suggestedFilename()), "utf8").split("\n")[0]).toBe("label\treplace by");
      const explorer = JSON.parse(await downloadText(await download(page, "json"))) as { people: JsonPerson[] };
      const cli = spawnSync(
        process.execPath,
        [
          "--import",
          TSX,
          join(ROOT, "src/cli/main.ts"),
          "analyze",
          FIXTURE,
          "--quiet",
          "--layout-iterations",
          "0",
        ].concat(["--thesaurus", file.suggestedFilename(), "--json", "cli.json"]),
        { cwd: work, encoding: "utf8" },
      );
      expect(cli.status, cli.stderr).toBe(0);
      const replayed = JSON.parse(readFileSync(join(work, "cli.json"), "utf8")) as { people: JsonPerson[] };
      expect(replayed.people).toHaveLength(592);
      expect(peopleOf(replayed)).toEqual(peopleOf(explorer));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("Undo takes a verdict back and the networks follow", async () => {
    const { page } = session;
    await runAndWait(page, () => verdict(page, 1).getByRole("button", { name: "Undo verdict 2" }).click());
    expect(await status(page)).toContain("593 authors");
    expect(await page.locator("#identity .verdict-item").count()).toBe(1);
    expect(await typo(page).count()).toBe(1);
  });

  test("Ctrl+Z takes the last verdict back like any choice, and Ctrl+Shift+Z gives it again; both rerun", async () => {
    const { page } = session;
    expect(await page.locator("button[data-action=undo]").getAttribute("title")).toBe(
      "Undo the change of the identity verdicts (Ctrl+Z)",
    );
    await page.locator("#canvas").focus();
    // The last change was the Undo button of verdict 2: Ctrl+Z brings verdict 2 back.
    await runAndWait(page, () => page.keyboard.press("Control+z"));
    expect(await status(page)).toContain("592 authors");
    expect(await page.locator("#identity .verdict-item").count()).toBe(2);
    expect(await typo(page).count()).toBe(0);
    await runAndWait(page, () => page.keyboard.press("Control+Shift+z"));
    expect(await status(page)).toContain("593 authors");
    expect(await page.locator("#identity .verdict-item").count()).toBe(1);
  });
});

describe("identity review on a 420 px phone", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser(420, 860);
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("the panel fits its drawer, and a verdict given by keyboard is applied", async () => {
    const { page } = session;
    await page.locator("[data-drawer=left]").click();
    await openReview(page);
    const panel = page.locator("#identity");
    const fits = () => panel.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(await fits()).toBe(true);
    const reject = join_(page).locator("button[data-verdict=reject]");
    await reject.scrollIntoViewIfNeeded();
    const box = (await reject.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 420).toBe(true);
    await page.screenshot({ path: join(SHOTS, "e2e-identity-review-420.png") });
    await reject.focus();
    await runAndWait(page, () => page.keyboard.press("Enter"));
    await expect.poll(() => verdict(page, 0).locator(".change").textContent()).toMatch(/^keeps Emilio M\. Bruna/);
    expect(await fits()).toBe(true);
    await page.screenshot({ path: join(SHOTS, "e2e-identity-verdicts-420.png") });
  });
});
