/**
 * Text whose UTF-8 bytes were once decoded as Latin-1 (or Windows-1252) and saved again — "mojibake":
 * `Ramírez` written `RamÃ­rez`. The arXiv API client that saves its answers as JSON does this to every
 * accented name of a feed. A suspect run — a UTF-8 lead byte seen as a Latin-1 letter (Â…ô) followed by one to
 * three characters that stand for continuation bytes — is turned back into bytes and decoded as UTF-8, and
 * replaced only when that gives one letter (with its marks): a real `Ã` or `Å` before ordinary text stays.
 * One pass with a bounded regex, linear in the text.
 */

/** Windows-1252 characters of 0x80–0x9F and the bytes they came from. */
const CP1252_BYTES: ReadonlyMap<string, number> = new Map(
  [
    [0x20ac, 0x80],
    [0x201a, 0x82],
    [0x0192, 0x83],
    [0x201e, 0x84],
    [0x2026, 0x85],
    [0x2020, 0x86],
    [0x2021, 0x87],
    [0x02c6, 0x88],
    [0x2030, 0x89],
    [0x0160, 0x8a],
    [0x2039, 0x8b],
    [0x0152, 0x8c],
    [0x017d, 0x8e],
    [0x2018, 0x91],
    [0x2019, 0x92],
    [0x201c, 0x93],
    [0x201d, 0x94],
    [0x2022, 0x95],
    [0x2013, 0x96],
    [0x2014, 0x97],
    [0x02dc, 0x98],
    [0x2122, 0x99],
    [0x0161, 0x9a],
    [0x203a, 0x9b],
    [0x0153, 0x9c],
    [0x017e, 0x9e],
    [0x0178, 0x9f],
  ].map(([code, byte]) => [String.fromCharCode(code!), byte!]),
);

const CONTINUATION = `\\u0080-\\u00bf${[...CP1252_BYTES.keys()].join("")}`;
const SUSPECT_RUN = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]{1,3}`, "g");
const LETTER = /^\p{L}\p{M}*$/u;
const decoder = new TextDecoder("utf-8", { fatal: true });

/** The letter a run of mis-decoded bytes stands for, or undefined. */
function redecode(run: string): string | undefined {
  const bytes = Array.from(run, (char) => (char <= "\u00ff" ? char.charCodeAt(0) : CP1252_BYTES.get(char)));
  if (bytes.some((byte) => byte === undefined)) return undefined;
  try {
    const letter = decoder.decode(Uint8Array.from(bytes as number[]));
    return LETTER.test(letter) ? letter : undefined;
  } catch {
    return undefined;
  }
}

/** The text with mis-decoded UTF-8 repaired, how many letters were, and the first one as it was written. */
export function repairMojibake(text: string): { text: string; repairs: number; example?: string } {
  let repairs = 0;
  let example: string | undefined;
  const repaired = text.replace(SUSPECT_RUN, (run) => {
    // A run may hold one letter and the start of the next one: the longest prefix that decodes wins.
    for (let end = run.length; end >= 2; end--) {
      const letter = redecode(run.slice(0, end));
      if (letter === undefined) continue;
      repairs++;
      example ??= run.slice(0, end);
      return letter + run.slice(end);
    }
    return run;
  });
  return repairs === 0 ? { text, repairs } : { text: repaired, repairs, example };
}
