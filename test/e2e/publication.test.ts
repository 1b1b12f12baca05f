/**
 * The explorer's publication downloads (issue 13, items 3 and 4), on the embedded corpus once the layout
 * is still: the SVG is the canvas as it is — one disc per node where the canvas draws it, the labels the
 * canvas shows, as text, and the legend; the HTML page, opened from disk in the same browser, draws every
 * node of the canvas, asks for nothing over the network and shows the details of a node found by search.
 */

import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import sax from "sax";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, openExplorer, type BrowserSession } from "./harness";
import { download, downloadText, drawnLabels, nodeOnScreen, waitForLayout } from "./page";

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  /** The id of the nearest enclosing group that has one. */
  group?: string;
}

/** Every element of an SVG document with its attributes, own text and group; throws on bad XML. */
function parseSvg(text: string): Element[] {
  const elements: Element[] = [];
  const open: Element[] = [];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const group = [...open].reverse().find((parent) => parent.attributes.id)?.attributes.id;
    const element = { name: tag.name, attributes, text: "", group };
    elements.push(element);
    open.push(element);
  };
  parser.ontext = (value) => {
    if (open.length) open.at(-1)!.text += value;
  };
  parser.onclosetag = () => void open.pop();
  parser.write(text).close();
  return elements;
}

describe("publication downloads", () => {
  let session: BrowserSession;
  let nodes: string[];

  beforeAll(async () => {
    session = await launchBrowser(1440, 900);
    await openExplorer(session.page, inject("appUrl"));
    await waitForLayout(session.page);
    // The seed network is connected: its links name every node.
    const edges = await session.page.evaluate(() => window.papergraphProbe!.edges());
    nodes = [...new Set(edges.flatMap(({ source, target }) => [source, target]))];
    expect(nodes).toHaveLength(35);
  });
  afterAll(() => session?.close());

  test("the SVG draws each node where the canvas does, with the canvas's labels as text and the legend", async () => {
    const { page } = session;
    const file = await download(page, "svg");
    expect(file.suggestedFilename()).toBe("papergraph-coauthors.svg");
    const elements = parseSvg(await downloadText(file));
    const circles = elements.filter((element) => element.name === "circle" && element.group === "nodes");
    expect(circles).toHaveLength(nodes.length);
    for (const node of nodes) {
      const shown = (await nodeOnScreen(page, node))!;
      const near = circles.some(
        ({ attributes }) =>
          Math.hypot(Number(attributes.cx) - shown.x, Number(attributes.cy) - shown.y) < 1 &&
          Math.abs(Number(attributes.r) - shown.radius) < 0.5,
      );
      expect(near, node).toBe(true);
    }
    const texts = elements.filter((element) => element.group === "labels").map((element) => element.text);
    const labels = (await drawnLabels(page)).map((label) => label.label);
    expect(labels.length).toBeGreaterThan(10);
    expect(texts.sort()).toEqual(labels.sort());
    expect(elements.some((element) => element.text === "Colour: Community (Louvain)")).toBe(true);
  });

  test("the HTML page opens from disk with every node of the canvas, finds a name and asks for nothing over the network", async () => {
    const { page, context } = session;
    const file = await download(page, "html");
    expect(file.suggestedFilename()).toBe("papergraph-coauthors.html");
    const path = `${await file.path()}.html`;
    writeFileSync(path, await downloadText(file));
    const viewer = await context.newPage();
    const requests: string[] = [];
    viewer.on("request", (request) => {
      if (request.url() !== pathToFileURL(path).href) requests.push(request.url());
    });
    await viewer.goto(pathToFileURL(path).href);
    await viewer.waitForSelector("body[data-ready]");
    const discs = await viewer.evaluate(() =>
      (window as unknown as { papergraphViewer: { discs(): { label: string }[] } }).papergraphViewer.discs(),
    );
    expect(discs).toHaveLength(nodes.length);
    await viewer.fill("#search", "Can Rager");
    await viewer.press("#search", "Enter");
    await expect.poll(() => viewer.locator("#details h2").textContent()).toBe("Can Rager");
    expect(await viewer.locator("#details h3").first().textContent()).toBe("Links (34), with joint papers");
    expect(requests).toEqual([]);
    await viewer.close();
  });
});
