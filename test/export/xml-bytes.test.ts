import { describe, expect, it } from "vitest";
import { deferredCut, utf8, XmlBytes } from "../../src/export/xml-bytes";
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

  it("defers numbers that are not whole, and expands them to the bytes number() writes without deferral", () => {
    // Doubles whose bytes hold 0xFF (the mark) and numbers number() writes by its digits or by JSON.stringify.
    const values = [0, -0, 7, 2 ** 31 - 1, 2 ** 31, -1, -2.5, 0.1, 1 / 3, 1e21, 1e-7, -1.2345678901234567e-123];
    values.push(Number.MAX_VALUE, -Number.MIN_VALUE, new Float64Array(new Uint8Array(8).fill(0xff).buffer)[0]! / 2);
    const plain = new XmlBytes(16);
    const deferred = new XmlBytes(16, true);
    for (const out of [plain, deferred])
      for (const value of [...values, ...values]) {
        out.ascii("<");
        out.number(value);
        out.text("é>");
      }
    const bytes = deferred.take();
    expect(bytes.includes(0xff)).toBe(true);
    const expanded = new XmlBytes(16);
    expanded.expand(bytes);
    expect(decode(expanded.take())).toBe(decode(plain.take()));
  });

  it("cuts deferred bytes only between numbers, into pieces that expand to the whole", () => {
    const deferred = new XmlBytes(16, true);
    for (let i = 0; i < 200; i++) {
      deferred.number(i / 7);
      deferred.ascii(i % 3 === 0 ? "" : "ab".repeat(i % 5));
    }
    const bytes = deferred.take().slice();
    const whole = new XmlBytes(16);
    whole.expand(bytes);
    const expected = decode(whole.take());
    for (const most of [9, 10, 13, 64, 1000, bytes.length]) {
      const pieces = new XmlBytes(16);
      for (let at = 0; at < bytes.length; ) {
        const end = deferredCut(bytes, at, most);
        expect(end - at).toBeGreaterThan(0);
        expect(end - at).toBeLessThanOrEqual(most);
        pieces.expand(bytes.subarray(at, end));
        at = end;
      }
      expect(decode(pieces.take())).toBe(expected);
    }
  });
});
