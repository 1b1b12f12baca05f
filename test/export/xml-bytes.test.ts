import { describe, expect, it } from "vitest";
import { utf8, XmlBytes } from "../../src/export/xml-bytes";
import { xml } from "../../src/export/xml-text";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Untrusted text: markup characters, controls XML forbids, tab/LF/CR, non-ASCII, paired and lone surrogates. */
const HOSTILE = [
  "Ada Lovelace",
  "",
  `Tom & "Jerry" <b>'s`,
  "bell\u0007 and nul\u0000",
  "tab\tline\nreturn\r",
  "Räuker",
  "田中 太郎",
  "emoji 😀 pair",
  "lone high \ud800 then text",
  "lone low \udc00",
  "high at the end \ud83d",
  "\udc00 low first",
  "\ufffe\uffff",
  "plain start then é & <",
];

describe("XmlBytes", () => {
  it("writes untrusted text as the UTF-8 of what xml() escapes it to", () => {
    for (const text of HOSTILE) {
      const out = new XmlBytes(16);
      out.text(text);
      expect(decode(out.take())).toBe(xml(text));
    }
  });

  it("writes whole numbers by their digits as String does", () => {
    for (const value of [0, -0, 7, 10, 99, 100, 2009, 65_535, 1_000_000, 2 ** 31 - 1]) {
      const out = new XmlBytes(16);
      out.digits(value);
      expect(decode(out.take())).toBe(String(value));
    }
  });

  it("grows past its chunk for one long text, keeps what was written and says when a chunk is full", () => {
    const out = new XmlBytes(8);
    out.bytes(utf8("<a>"));
    expect(out.full()).toBe(false);
    const long = "é".repeat(100) + "x".repeat(100);
    out.text(long);
    out.ascii("</a>");
    expect(out.full()).toBe(true);
    expect(decode(out.take())).toBe(`<a>${long}</a>`);
    expect(out.length).toBe(0);
    out.escaped("ünïcode &amp;");
    expect(decode(out.take())).toBe("ünïcode &amp;");
  });
});
