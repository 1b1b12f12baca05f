/**
 * The user's own files on top of the embedded corpus: a second profile page and a BibTeX file dropped on
 * the page add their authors, a malformed file yields diagnostics (file, line, reason) while its readable
 * records and the other files still load, untrusted names and titles render as literal text, and two
 * spellings one letter apart are listed as a possible duplicate with the evidence for and against.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, openExplorer, runAndWait, type BrowserSession } from "./harness";

const FIXTURES = join(import.meta.dirname, "fixtures");
const XSS_NAME = "<img src=x onerror=alert(1)>";

/** Drops the fixture `name` on the page as a user dragging it from their desktop would, and waits for the result. */
async function dropFixture(page: Page, name: string): Promise<void> {
  const text = readFileSync(join(FIXTURES, name), "utf8");
  const dataTransfer = await page.evaluateHandle(
    ({ content, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: "text/plain" }));
      return transfer;
    },
    { content: text, fileName: name },
  );
  await runAndWait(page, async () => {
    await page.dispatchEvent("body", "dragenter", { dataTransfer });
    await page.dispatchEvent("body", "drop", { dataTransfer });
  });
}

describe("adding files to the explorer", () => {
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

  test("dropping a second profile page adds its authors and merges the shared one", async () => {
    const { page } = session;
    await dropFixture(page, "second-profile.txt");
    // 35 authors of the sample + Mira Okafor, Tomasz Wieczorek, Lucía Fernández, Jonas Albrecht (Adam Karvonen is shared).
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("39");
    const names = await page.locator("#centrality td.name").allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(["Mira Okafor", "Tomasz Wieczorek", "Lucía Fernández", "Jonas Albrecht"]),
    );
    expect(names.filter((name) => name === "Adam Karvonen")).toHaveLength(1);
    expect(await page.locator("#diagnostics .files td.name").allTextContents()).toEqual([
      "can-rager.profile.txt",
      "second-profile.txt",
    ]);
  });

  test("dropping a BibTeX file adds its authors with LaTeX accents decoded", async () => {
    const { page } = session;
    await dropFixture(page, "extra-papers.bib");
    // + Yui Nakamura, Jörg Müller, Kwame Osei; Adam Karvonen is shared with the sample.
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("42");
    const names = await page.locator("#centrality td.name").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Yui Nakamura", "Jörg Müller", "Kwame Osei"]));
    expect(
      await page.locator("#diagnostics .files tr", { hasText: "extra-papers.bib" }).locator("td").nth(1).textContent(),
    ).toBe("bibtex");
  });

  test("a malformed file shows diagnostics with file and line, and the rest still loads", async () => {
    const { page } = session;
    await runAndWait(page, () =>
      page.setInputFiles("[data-testid=file-input]", join(FIXTURES, "malformed-profile.txt")),
    );
    await page.locator("#diagnostics-panel > summary").click();
    const places = await page.locator("#diagnostics .diagnostic .where").allTextContents();
    expect(places).toContain("malformed-profile.txt:9");
    const messages = await page.locator("#diagnostics .diagnostic .message").allTextContents();
    expect(messages.some((message) => message.includes("XXNot a date at all"))).toBe(true);
    expect(Number(await page.locator("#diagnostics-count").textContent())).toBeGreaterThan(0);
    // The readable paper of the malformed file and the earlier files are all there: 42 + Quinn Readable + Broken Owner.
    expect(await page.locator("#canvas").getAttribute("data-nodes")).toBe("44");
    expect(await page.locator("#centrality td.name", { hasText: "Quinn Readable" }).count()).toBe(1);
  });

  test("an author named like an HTML tag and a title with a script render as literal text", async () => {
    const { page } = session;
    await runAndWait(page, () =>
      page.setInputFiles("[data-testid=file-input]", join(FIXTURES, "untrusted-profile.txt")),
    );
    const row = page.locator("#centrality tbody tr", { hasText: XSS_NAME });
    expect(await row.locator("td.name").textContent()).toBe(XSS_NAME);
    await row.click();
    await expect.poll(() => page.locator("#details .details-name").textContent()).toBe(XSS_NAME);
    expect(await page.locator("#details .papers .title").allTextContents()).toEqual([
      'Probing <script>alert("title")</script> Representations',
    ]);
    await page.locator(".search input").fill("<img");
    expect(await page.locator("#search-suggestions option").first().getAttribute("value")).toBe(XSS_NAME);
    expect(await page.locator("body img, #details script, #centrality script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("two spellings one letter apart with a shared coauthor are listed as a possible duplicate, not merged", async () => {
    const { page } = session;
    await dropFixture(page, "near-duplicate-names.bib");
    const names = await page.locator("#centrality td.name").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Adam Scibior", "Aadam Scibior", "Frank Wood"]));
    const pair = page.locator("#diagnostics .identity.duplicates .possible-duplicate", { hasText: "Scibior" });
    expect(await pair.count()).toBe(1);
    expect(await pair.locator(".names").textContent()).toBe("Aadam Scibior ~ Adam Scibior");
    expect(await pair.locator(".evidence.for").textContent()).toContain('shared coauthor "Frank Wood"');
    expect(await pair.locator(".evidence.against").textContent()).toMatch(/^against: .+/);
  });
});
