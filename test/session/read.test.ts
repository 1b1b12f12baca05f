/**
 * Session documents: what createSession and writeSession make reads back as it was, and each way a
 * document can be wrong — not JSON, not a session, from a newer papergraph, a field missing or of the
 * wrong kind, an option the pipeline refuses — is refused with a message that names what differs.
 */

import { describe, expect, it } from "vitest";
import {
  createSession,
  readSession,
  SESSION_FORMAT,
  SessionError,
  writeSession,
  type Session,
} from "../../src/session";

const HASH = "a".repeat(64);

function sampleSession(): Session {
  return createSession({
    files: [
      { name: "data/a.bib", size: 120, sha256: HASH },
      { name: "b.json", size: 0, sha256: "0".repeat(64) },
    ],
    options: {
      seed: 7,
      referenceYear: 2024,
      yearFrom: 2010,
      hideOwners: true,
      identity: "strict",
      owners: [{ name: "Ada Lovelace", file: "data/a.bib" }, { name: "Mary Somerville" }],
      thesaurus: { name: "t.tsv", text: "A\tB\n" },
    },
    view: {
      network: "topics",
      sizeBy: "pagerank",
      colorBy: "firstYear",
      camera: { x: 0.5, y: 0.4, ratio: 0.8, angle: 0 },
    },
    positions: { coauthors: { "author:a": [1.25, -3], 'author:"quoted"\n': [0.1 + 0.2, 1e-300] }, topics: {} },
    createdBy: "papergraph test",
  });
}

/** The message readSession throws for `text`. */
function refusal(text: string, name = "s.json"): SessionError {
  try {
    readSession(text, name);
  } catch (error) {
    expect(error).toBeInstanceOf(SessionError);
    return error as SessionError;
  }
  return expect.fail("readSession accepted the document");
}

/** A session document as JSON data, open to any edit. */
interface Document {
  version?: unknown;
  files: Record<string, unknown>[];
  options: Record<string, unknown>;
  view: Record<string, unknown> & { camera: Record<string, unknown> };
  positions: Record<string, Record<string, unknown>>;
}

/** The sample session as JSON data, changed by `edit`, as text. */
function edited(edit: (document: Document) => void): string {
  const document = JSON.parse(writeSession(sampleSession())) as Document;
  edit(document);
  return JSON.stringify(document);
}

describe("writeSession and readSession", () => {
  it("read back the session written, doubles and hostile node keys exactly", () => {
    const session = sampleSession();
    expect(readSession(writeSession(session))).toEqual(session);
    expect(session).toMatchObject({ format: "papergraph-session", version: 1 });
  });

  it("write each node position on a line of its own", () => {
    const lines = writeSession(sampleSession()).split("\n");
    expect(lines.filter((line) => line.startsWith('      "author:')).length).toBe(2);
    expect(lines).toContain('      "author:a": [1.25,-3],');
  });

  it("keep options left unset out of the document, and a session without positions reads back", () => {
    const session = createSession({ files: [], options: { seed: 1, yearTo: undefined } });
    expect(session.options).toEqual({ seed: 1 });
    expect(readSession(writeSession(session))).toEqual(session);
  });
});

describe("readSession refuses", () => {
  it("text that is not JSON, saying the parser's reason and the line and column", () => {
    const error = refusal('{\n  "format": "papergraph-session",\n  version: 1\n}');
    expect(error.message).toMatch(/^papergraph\/session: s\.json is not valid JSON \(.*line 3, column 3\)\./);
    expect(error.message).toContain("The file is damaged, or not a session.");
  });

  it("JSON that is not a papergraph session", () => {
    for (const text of ["[]", "null", '{"format": "gexf", "version": 1}', "{}"])
      expect(refusal(text).message).toContain('s.json is not a papergraph session (no "format": "papergraph-session")');
  });

  it("a session from a newer papergraph, naming both versions", () => {
    const text = edited((document) => {
      document.version = SESSION_FORMAT.version + 1;
    });
    expect(refusal(text).message).toBe(
      `papergraph/session: s.json was written by a newer papergraph (session version ${SESSION_FORMAT.version + 1}; ` +
        `this papergraph reads version ${SESSION_FORMAT.version}). Update papergraph to open it.`,
    );
  });

  it("a session without a valid version", () => {
    for (const version of [undefined, 0, 1.5, "1"]) {
      const text = edited((document) => {
        document.version = version;
      });
      expect(refusal(text).message).toContain("s.json has no valid version");
    }
  });

  it("each field missing or of the wrong kind, named by its path", () => {
    const text = edited((document) => {
      document.files[1]!.sha256 = "not a hash";
      delete document.files[0]!.size;
      document.options.seed = "7";
      document.options.colour = "red";
      document.view.network = "citations";
      document.view.camera.ratio = -1;
      document.positions.coauthors!["author:a"] = [1];
    });
    expect(refusal(text).problems).toEqual([
      "files[0].size must be a number of bytes",
      "files[1].sha256 must be 64 hex digits",
      "options.seed must be a number",
      "options.colour is not an option of this papergraph",
      "view.network must be one of coauthors, topics, bipartite, authorTopics",
      "view.camera.ratio must be a positive number",
      'positions.coauthors["author:a"] must be [x, y]',
    ]);
  });

  it("a document whose lists or objects are missing", () => {
    const text = JSON.stringify({ ...SESSION_FORMAT, options: [] });
    expect(refusal(text).problems).toEqual([
      "files must be a list of files",
      "options must be an object",
      "view must be an object",
      "positions must be an object",
    ]);
  });

  it("an inherited name smuggled in as an option", () => {
    const text = edited((document) => {
      document.options = JSON.parse('{"__proto__": 1, "constructor": "x"}') as Record<string, unknown>;
    });
    expect(refusal(text).problems).toEqual([
      "options.__proto__ is not an option of this papergraph",
      "options.constructor is not an option of this papergraph",
    ]);
  });

  it("an option value the pipeline would refuse, with the options' own message", () => {
    const text = edited((document) => {
      document.options.yearTo = 2000;
    });
    expect(refusal(text).message).toContain(
      "s.json holds an option papergraph refuses: papergraph/options: yearFrom (2010) is after yearTo (2000). Swap them.",
    );
  });

  it("owners that are not a list of names", () => {
    for (const owners of [{ name: "Ada" }, [{ file: "a.bib" }], [{ name: "Ada", file: 3 }]]) {
      const text = edited((document) => {
        document.options.owners = owners;
      });
      expect(refusal(text).problems).toEqual(["options.owners must be a list of { name, file? }"]);
    }
  });

  it("a thesaurus that is not a file's name and text", () => {
    const text = edited((document) => {
      document.options.thesaurus = { name: "t.tsv" };
    });
    expect(refusal(text).problems).toEqual(["options.thesaurus must be { name, text }"]);
  });
});
