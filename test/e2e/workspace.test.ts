/**
 * The workspace (issue 15, item 1): the user's files are analysed alone, never on top of the embedded
 * sample. The page opens on the sample as one entry of the file list; the user's first files replace it;
 * "Add files…" adds, each file can be removed, "Load the sample" brings it back as an entry and "Open
 * files…" starts afresh. Along the way: a malformed file yields diagnostics (file, line, reason) while its
 * readable records and the other files still load, untrusted names and titles render as literal text,
 * and two spellings one letter apart are listed as a possible duplicate with the evidence.
 */

import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";
import { dropFixtures, FIXTURES, pickFixtures } from "./page";

const XSS_NAME = "<img src=x onerror=alert(1)>";

const listedFiles = (page: Page) => page.locator("#files .file-list li .name").allTextContents();
const names = (page: Page) => page.locator("#centrality tbody .name").allTextContents();
const shownNodes = async (page: Page) => Number(await page.locator("#canvas").getAttribute("data-nodes"));

describe("the workspace of files", () => {
  let session: BrowserSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await launchBrowser();
    session.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openExplorer(session.page, inject("appUrl"));
  });
  afterAll(() => session?.close());

  test("opens on the sample, listed as one removable entry tagged as the sample", async () => {
    const { page } = session;
    expect(await listedFiles(page)).toEqual(["can-rager.profile.txt"]);
    expect(await page.locator("#files li[data-file='can-rager.profile.txt'] .tag").textContent()).toBe("sample");
    expect(await page.locator("#files li button[aria-label='Remove can-rager.profile.txt']").count()).toBe(1);
    expect(await shownNodes(page)).toBe(35);
  });

  test("a dropped profile page starts a workspace of that file alone: none of the sample's 35 people", async () => {
    const { page } = session;
    await dropFixtures(page, "second-profile.txt");
    expect(await listedFiles(page)).toEqual(["second-profile.txt"]);
    // Mira Okafor, Adam Karvonen, Tomasz Wieczorek, Lucía Fernández, Jonas Albrecht.
    expect(await shownNodes(page)).toBe(5);
    expect((await names(page)).sort()).toEqual(
      ["Adam Karvonen", "Jonas Albrecht", "Lucía Fernández", "Mira Okafor", "Tomasz Wieczorek"].sort(),
    );
    expect(await page.locator("#centrality tbody tr:first-child .name").textContent()).toBe("Mira Okafor");
    expect(await page.locator("#status").textContent()).toContain("3 papers · 5 authors");
  });

  test("Add files… adds a BibTeX file to the list and its authors to the network", async () => {
    const { page } = session;
    await pickFixtures(page, "add", "extra-papers.bib");
    expect(await listedFiles(page)).toEqual(["second-profile.txt", "extra-papers.bib"]);
    // + Yui Nakamura, Jörg Müller, Kwame Osei; Adam Karvonen is in both files.
    expect(await shownNodes(page)).toBe(8);
    expect(await names(page)).toEqual(expect.arrayContaining(["Yui Nakamura", "Jörg Müller", "Kwame Osei"]));
    expect(await page.locator("#files li[data-file='extra-papers.bib'] .file-facts").textContent()).toMatch(
      /^bibtex · 2 papers/,
    );
  });

  test("Load the sample adds it as an entry; its remove button takes its people out again", async () => {
    const { page } = session;
    await runAndWait(page, () => page.locator("#files button", { hasText: "Load the sample" }).click());
    expect(await listedFiles(page)).toEqual(["second-profile.txt", "extra-papers.bib", "can-rager.profile.txt"]);
    // 35 people of the sample + Mira, Tomasz, Lucía, Jonas + Yui, Jörg, Kwame.
    expect(await shownNodes(page)).toBe(42);
    await runAndWait(page, () => page.locator("#files button[aria-label='Remove can-rager.profile.txt']").click());
    expect(await listedFiles(page)).toEqual(["second-profile.txt", "extra-papers.bib"]);
    expect(await shownNodes(page)).toBe(8);
    expect(await names(page)).not.toContain("Can Rager");
  });

  test("Open files… starts a new workspace of just the files picked", async () => {
    const { page } = session;
    await pickFixtures(page, "open", "near-duplicate-names.bib");
    expect(await listedFiles(page)).toEqual(["near-duplicate-names.bib"]);
    expect(await names(page)).not.toContain("Mira Okafor");
  });

  test("two spellings one letter apart with a shared coauthor are listed as a possible duplicate, not merged", async () => {
    const { page } = session;
    expect(await names(page)).toEqual(expect.arrayContaining(["Adam Scibior", "Aadam Scibior", "Frank Wood"]));
    const pair = page.locator("#identity .identity.duplicates .possible-duplicate", { hasText: "Scibior" });
    expect(await pair.count()).toBe(1);
    expect(await pair.locator(".names").textContent()).toBe("Aadam Scibior ~ Adam Scibior");
    expect(await pair.locator(".evidence.for").textContent()).toContain('shared coauthor "Frank Wood"');
    expect(await pair.locator(".evidence.against").textContent()).toMatch(/^against: .+/);
  });

  test("a malformed file shows diagnostics with file and line, and the rest still loads", async () => {
    const { page } = session;
    const before = await shownNodes(page);
    await runAndWait(page, () =>
      page.setInputFiles("[data-testid=file-input]", join(FIXTURES, "malformed-profile.txt")),
    );
    await page.locator("#diagnostics-panel > summary").click();
    const places = await page.locator("#diagnostics .diagnostic .where").allTextContents();
    expect(places).toContain("malformed-profile.txt:9");
    const messages = await page.locator("#diagnostics .diagnostic .message").allTextContents();
    expect(messages.some((message) => message.includes("XXNot a date at all"))).toBe(true);
    expect(Number(await page.locator("#diagnostics-count").textContent())).toBeGreaterThan(0);
    // The readable paper of the malformed file joins the earlier file: + Quinn Readable + Broken Owner.
    expect(await shownNodes(page)).toBe(before + 2);
    expect(await page.locator("#centrality .name", { hasText: "Quinn Readable" }).count()).toBe(1);
  });

  test("an author named like an HTML tag and a title with a script render as literal text", async () => {
    const { page } = session;
    await runAndWait(page, () =>
      page.setInputFiles("[data-testid=file-input]", join(FIXTURES, "untrusted-profile.txt")),
    );
    const row = page.locator("#centrality tbody tr", { hasText: XSS_NAME });
    expect(await row.locator(".name").textContent()).toBe(XSS_NAME);
    await row.click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe(XSS_NAME);
    expect(await page.locator("#details .papers .title").allTextContents()).toEqual([
      'Probing <script>alert("title")</script> Representations',
    ]);
    await page.locator(".search input").fill("<img");
    expect(await page.locator("#search-results [role=option]").first().getAttribute("data-label")).toBe(XSS_NAME);
    expect(await page.locator("body img, #details script, #centrality script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
