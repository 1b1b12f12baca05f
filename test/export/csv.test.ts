import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { csvField, writeEdgesCsv, writeNodesCsv } from "../../src/export";

/** A minimal RFC 4180 reader (CRLF rows), enough to check that written fields read back unchanged. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

function graph(): Graph {
  const g = new Graph({ type: "undirected" });
  g.addNode("author:a", {
    kind: "author",
    label: 'Tom, "Jerry"',
    pagerank: 0.25,
    degree: 2,
    community: 0,
    x: 1,
    y: 2,
    size: 5,
    color: "#fff",
  });
  g.addNode("author:b", { kind: "author", label: "Räuker\nline two", pagerank: 0.5, degree: 1, community: 1 });
  g.addNode("author:c", {
    kind: "author",
    label: '=HYPERLINK("http://x")',
    pagerank: 0.25,
    degree: 1,
    firstYear: 2021,
  });
  g.addEdge("author:a", "author:b", {
    weight: 2,
    papers: ["arxiv:1", "doi:10.1/x,y"],
    fractional: 1.5,
    size: 3,
    color: "#ccc",
  });
  g.addEdge("author:a", "author:c", { weight: 1, papers: ["-1 trick"], fractional: 0.5 });
  return g;
}

describe("csvField", () => {
  it("quotes fields with commas, quotes or line breaks and doubles the quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("prefixes text starting with = + - @ tab or CR with an apostrophe, but not numbers", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+33 1 23")).toBe("'+33 1 23");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField(-2)).toBe("-2");
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes empty fields for missing and non-finite values and joins arrays with |", () => {
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(["x", "y"])).toBe("x|y");
    expect(csvField(true)).toBe("true");
  });
});

describe("writeNodesCsv", () => {
  it("writes a header, then one row per node with key, label, metrics in contract order, then other data", () => {
    const rows = readCsv(writeNodesCsv(graph()));
    expect(rows[0]).toEqual(["key", "label", "degree", "pagerank", "community", "kind", "firstYear"]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(["author:a", 'Tom, "Jerry"', "2", "0.25", "0", "author", ""]);
    expect(rows[2]![1]).toBe("Räuker\nline two");
    expect(rows[3]![1]).toBe('\'=HYPERLINK("http://x")');
  });

  it("ends every line with CRLF and leaves out layout and appearance attributes", () => {
    const text = writeNodesCsv(graph());
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(5);
    expect(readCsv(text)[0]).not.toContain("x");
    expect(readCsv(text)[0]).not.toContain("color");
  });

  it("writes only the requested columns, in the requested order", () => {
    expect(readCsv(writeNodesCsv(graph(), ["pagerank", "key"]))).toEqual([
      ["pagerank", "key"],
      ["0.25", "author:a"],
      ["0.5", "author:b"],
      ["0.25", "author:c"],
    ]);
  });
});

describe("writeEdgesCsv", () => {
  it("writes source, target, their labels, weight and the data attributes with papers joined by |", () => {
    const rows = readCsv(writeEdgesCsv(graph()));
    expect(rows[0]).toEqual(["source", "target", "sourceLabel", "targetLabel", "weight", "papers", "fractional"]);
    expect(rows[1]).toEqual([
      "author:a",
      "author:b",
      'Tom, "Jerry"',
      "Räuker\nline two",
      "2",
      "arxiv:1|doi:10.1/x,y",
      "1.5",
    ]);
    expect(rows[2]).toEqual([
      "author:a",
      "author:c",
      'Tom, "Jerry"',
      '\'=HYPERLINK("http://x")',
      "1",
      "'-1 trick",
      "0.5",
    ]);
  });
});
