/**
 * Hostile inputs for every reader: one small file per case whose one field is `size` characters of a filler
 * chosen to make a backtracking regex work hard — runs of spaces between two names, a run of initials with
 * nothing after them, a run of letters where an id was expected, a label past sax's old buffer limit. The
 * reader tests feed each case 1 MB and check what is read; `npm run bench` times each case on half and all
 * of that size and prints the ratio, which stays near 2 for a linear reader (a quadratic one shows 4).
 */

/** One hostile case: the format, the field that carries the filler, and the file around it. */
export interface HostileCase {
  format: string;
  field: string;
  /** What the field is made of, repeated to the size asked. */
  filler: string;
  /** The file with `value` in the field. */
  build(value: string): string;
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csvRow = (cells: string[]) => cells.map(csvCell).join(",");
const SPACES = " ";

/** Every case, in reader order. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    format: "profile",
    field: "author line",
    filler: SPACES,
    build: (value) =>
      `Ada Owner\nh-index5\n1 Papers\nLGJul 18, 2024\nA title\n\nBob Smith,${value}Carl Jones${value}et al.\n\nText.\n`,
  },
  {
    format: "bibtex",
    field: "author",
    filler: SPACES,
    build: (value) => `@article{k,\n  title = {T},\n  author = {Lovelace, Ada${value}and Smith, Bob}\n}\n`,
  },
  {
    format: "bibtex",
    field: "eprint",
    filler: "a",
    build: (value) => `@article{k,\n  title = {T},\n  author = {Lovelace, Ada},\n  eprint = {${value}}\n}\n`,
  },
  {
    format: "bibtex",
    field: "title (accent over blanks)",
    filler: SPACES,
    build: (value) => `@article{k,\n  title = {Caf\\'{e}s and \\"{${value}xy}},\n  author = {Lovelace, Ada}\n}\n`,
  },
  {
    format: "csv",
    field: "authors",
    filler: SPACES,
    build: (value) =>
      `title,authors,keywords\n${csvRow(["T", `Ada Lovelace;${value};Bob Smith`, `graphs;${value};networks`])}\n`,
  },
  {
    format: "scopus",
    field: "Authors",
    filler: SPACES,
    build: (value) =>
      `Authors,Author(s) ID,Title,Year,Source title,EID\n${csvRow([`Smith J.,${value},Jones K.`, "1;2", "T", "2020", "S", "e"])}\n`,
  },
  {
    format: "scopus",
    field: "Authors (initials)",
    filler: "A.",
    build: (value) =>
      `Authors,Author(s) ID,Title,Year,Source title,EID\n${csvRow([`Smith ${value}x, Jones K.`, "", "T", "2020", "S", "e"])}\n`,
  },
  {
    format: "ieee",
    field: "Authors",
    filler: SPACES,
    build: (value) =>
      `${csvRow(["Document Title", "Authors", "Publication Title", "Publication Year"])}\n` +
      `${csvRow(["T", `A. Hayashi;${value};V. Sarkar`, "P", "2020"])}\n`,
  },
  {
    format: "ris",
    field: "AU",
    filler: SPACES,
    build: (value) => `TY  - JOUR\nTI  - T\nAU  - Lovelace,${value}Ada\nAU  - Smith, Bob\nER  - \n`,
  },
  {
    format: "wos",
    field: "OI",
    filler: SPACES,
    build: (value) =>
      `FN Clarivate\nVR 1.0\nPT J\nAF Smith, John\n   Jones, Kim\nTI T\nOI Smith, John/0000-0002-1825-0097;${value};x\nER\n\nEF\n`,
  },
  {
    format: "openalex",
    field: "raw_author_name",
    filler: SPACES,
    build: (value) =>
      JSON.stringify({
        id: "https://openalex.org/W1",
        title: "T",
        authorships: [{ raw_author_name: `Ada${value}Lovelace` }, { raw_author_name: "Bob Smith" }],
      }),
  },
  {
    format: "semantic-scholar",
    field: "name",
    filler: SPACES,
    build: (value) => JSON.stringify({ paperId: "p1", title: "T", authors: [{ name: `Ada${value}Lovelace` }] }),
  },
  {
    format: "arxiv-jsonl",
    field: "authors (without authors_parsed)",
    filler: SPACES,
    build: (value) =>
      [1, 2]
        .map((i) =>
          JSON.stringify({ id: `0704.000${i}`, title: "T", categories: "cs.LG", authors: `A. B,${value}C. D et al` }),
        )
        .join("\n"),
  },
  {
    format: "arxiv-jsonl",
    field: "authors (nested parentheses)",
    filler: "(",
    build: (value) =>
      [1, 2]
        .map((i) =>
          JSON.stringify({
            id: `0704.000${i}`,
            title: "T",
            categories: "cs.LG",
            authors: `A. B ${value}1${")".repeat(value.length)}, C. D`,
          }),
        )
        .join("\n"),
  },
  {
    format: "dblp",
    field: "author",
    filler: SPACES,
    build: (value) =>
      `<?xml version="1.0"?>\n<dblp><article key="journals/x/1"><author>Ada${value}Lovelace 0001</author><title>T</title></article></dblp>`,
  },
  {
    format: "arxiv-atom",
    field: "name",
    filler: SPACES,
    build: (value) =>
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><link href="http://arxiv.org/api"/>' +
      `<entry><id>http://arxiv.org/abs/0704.0001v1</id><title>T</title><author><name>Ada${value}Lovelace</name></author></entry></feed>`,
  },
  {
    format: "edge-list",
    field: "line",
    filler: SPACES,
    build: (value) => `# FromNodeId\tToNodeId\n1${value}2\n2 3\n`,
  },
  {
    format: "edge-list",
    field: "weight",
    filler: "1",
    build: (value) => `# FromNodeId\tToNodeId\n1\t2\t1\n2\t3\t${value}e\n3\t4\t2\n`,
  },
  {
    format: "openalex",
    field: "landing_page_url",
    filler: "arxiv.org/abs/x",
    build: (value) =>
      JSON.stringify({
        id: "https://openalex.org/W1",
        title: "T",
        authorships: [{ raw_author_name: "Ada Lovelace" }],
        locations: [{ landing_page_url: `${value} https://arxiv.org/abs/2401.00001v2` }],
      }),
  },
  {
    format: "gexf",
    field: "label",
    filler: "a",
    build: (value) =>
      '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph><nodes>' +
      `<node id="1" label="${value}"/><node id="2" label="b"/></nodes><edges><edge source="1" target="2"/></edges></graph></gexf>`,
  },
];

/** The file of a case with its field `size` characters long. */
export function buildHostile(hostile: HostileCase, size: number): string {
  return hostile.build(hostile.filler.repeat(Math.ceil(size / hostile.filler.length)));
}
