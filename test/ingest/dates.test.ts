import { describe, expect, it } from "vitest";
import { parseIsoDate, parseRfcDate } from "../../src/ingest/dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The regex readings the character-code readers replace, as the readers wrote them before. */
function isoByRegex(text: string | undefined) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? "");
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

function rfcByRegex(text: string) {
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})\w*\s+(\d{4})/.exec(text);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1 : 0;
  return rfc && month > 0 ? { year: Number(rfc[3]), month, day: Number(rfc[1]) } : undefined;
}

describe("dates", () => {
  it("reads ISO dates as the anchored regex does", () => {
    const texts = [
      undefined,
      "",
      "2024-03-28",
      "2024-03-28T17:59:58Z",
      "0012-00-07",
      "2024-3-28",
      "2024/03/28",
      "2024-03-2",
      "２０２４-03-28",
      " 2024-03-28",
      "2024-03-28x",
      "20240-3-28",
    ];
    for (const text of texts) expect(parseIsoDate(text), String(text)).toEqual(isoByRegex(text));
  });

  it("reads RFC 2822 dates as the unanchored regex does, arXiv's form and others", () => {
    const texts = [
      "",
      "Mon, 2 Apr 2007 19:18:42 GMT",
      "Tue, 12 Dec 2023 01:02:03 GMT",
      "tue, 12 DEC 2023",
      "Mon, 2 Xyz 2007 19:18:42 GMT",
      "Mon, 2 Apr 20070",
      "Mon, 2 Apr 207",
      "Mon, 2  Apr 2007",
      "Mon, 2 April 2007",
      "Mon, 123 Apr 2007",
      "Mon,2 Apr 2007",
      "2 Apr 2007",
      "Sun, 31 Sept 1999 and 4 May 2001",
      "Mon, 2 Apr\t2007",
      "Mon, 02 Apr 2007 19:18:42 GMT",
    ];
    for (const text of texts) expect(parseRfcDate(text), text).toEqual(rfcByRegex(text));
  });
});
