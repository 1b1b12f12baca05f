/**
 * The files of a session: fingerprints are SHA-256 of the text as UTF-8, as `sha256sum` prints it for
 * such a file (checked against the FIPS 180-2 test vectors and Node's own hash), and the files a user gives are matched to the session's by name
 * or content, with every difference named: missing, changed (hash and size then and now), not in the session.
 */

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeFile, matchSessionFiles, sha256Hex, type SessionFile } from "../../src/session";

const bytes = (text: string) => new TextEncoder().encode(text);

async function file(name: string, text: string): Promise<SessionFile> {
  return describeFile({ name, text });
}

describe("sha256Hex", () => {
  it("gives the FIPS 180-2 digests of 'abc', the empty string and the two-block message", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(await sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("hashes text as its UTF-8 bytes, as Node's crypto does the same bytes", async () => {
    const text = "Räuker Ścibior 田中 😀\r\n";
    const expected = createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");
    expect(await sha256Hex(text)).toBe(expected);
    expect(await sha256Hex(bytes(text).buffer)).toBe(expected);
  });

  it("describes a file by name and by its text as UTF-8: size in bytes and hash", async () => {
    expect(await file("a.bib", "é")).toEqual({ name: "a.bib", size: 2, sha256: await sha256Hex(bytes("é")) });
  });
});

describe("matchSessionFiles", () => {
  it("finds each file of the session by its last path segment, in the session's order", async () => {
    const session = { files: [await file("data/a.bib", "A"), await file("C:\\x\\b.txt", "B")] };
    const given = [await file("elsewhere/b.txt", "B"), await file("a.bib", "A")];
    expect(matchSessionFiles(session, given)).toEqual({ order: [1, 0], problems: [] });
  });

  it("finds a renamed copy by its content", async () => {
    const session = { files: [await file("a.bib", "A")] };
    expect(matchSessionFiles(session, [await file("renamed.bib", "A")])).toEqual({ order: [0], problems: [] });
  });

  it("names a changed file with its hash and size then and now", async () => {
    const then = await file("data/a.bib", "A");
    const now = await file("a.bib", "A changed");
    const { problems } = matchSessionFiles({ files: [then] }, [now]);
    expect(problems).toEqual([
      `changed: a.bib is not the data/a.bib of the session (sha256 ${then.sha256.slice(0, 12)}…, 1 bytes then; ` +
        `${now.sha256.slice(0, 12)}…, 9 bytes now)`,
    ]);
  });

  it("names a file of the session that is not given, and a given file the session does not know", async () => {
    const a = await file("a.bib", "A");
    const session = { files: [a, await file("b.bib", "B")] };
    const { problems } = matchSessionFiles(session, [a, await file("c.bib", "C")]);
    expect(problems).toEqual([
      `missing: b.bib (1 bytes, sha256 ${(await sha256Hex("B")).slice(0, 12)}…)`,
      "not in the session: c.bib",
    ]);
  });

  it("matches files of one name by their content, whatever order they are given in", async () => {
    const session = { files: [await file("x/a.bib", "1"), await file("y/a.bib", "2")] };
    const given = [await file("two/a.bib", "2"), await file("one/a.bib", "1")];
    expect(matchSessionFiles(session, given)).toEqual({ order: [1, 0], problems: [] });
  });
});
