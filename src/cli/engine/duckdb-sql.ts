/**
 * The SQL of the DuckDB engine, one statement per step, each a plain SELECT that another SQL engine (Spark
 * SQL, Trino, BigQuery) could run on the same Parquet or JSON lines with little change. Only DuckDB's
 * read_json, strip_accents and its list functions are specific.
 *
 * - works: the OpenAlex works, numbered in file order (the in-memory reader's paper order); works without
 *   a title are left out, as the reader leaves them out.
 * - authorships: one row per author slot (paper, position, person key, name as written). The person key is
 *   the identity stage's first rule, ids first: the OpenAlex author id, else the ORCID, else the folded name
 *   (lower case, accents stripped, punctuation and spaces collapsed) — the blocking key in SQL. The
 *   in-memory stage's name rules past that (initials joining a full name, typo checks, thesaurus) are not
 *   ported: on OpenAlex, where every slot carries an author id, they decide nothing.
 * - people: one row per person key, numbered by first occurrence (paper, position) — the in-memory node
 *   order — with the most frequent spelling as label, paper count and first/last year.
 * - pairs: the coauthor projection, a self-join of the authorships of papers with 2..maxAuthors authors,
 *   one row per (source, target, paper), source < target, ordered; links below `minWeight` joint papers are
 *   dropped here, in SQL. This is the only result of size ~links that comes back to JavaScript.
 */

/** Reads OpenAlex works from JSON lines (`path` is bound as the first parameter). */
export const CREATE_WORKS = `
CREATE TABLE works AS
SELECT (row_number() OVER () - 1)::INTEGER AS paper, publication_year AS year, authorships
FROM read_json($1, format = 'newline_delimited', columns = {
  title: 'VARCHAR',
  publication_year: 'INTEGER',
  authorships: 'STRUCT(author STRUCT(id VARCHAR, display_name VARCHAR, orcid VARCHAR), raw_author_name VARCHAR)[]'
})
WHERE title IS NOT NULL AND trim(title) <> ''`;

/** Folds a name as the blocking key: lower case, no accents, punctuation and runs of spaces to one space. */
const FOLDED = `trim(regexp_replace(lower(strip_accents(name)), '[^a-z0-9]+', ' ', 'g'))`;

/** One row per author slot with its person key (ids first, then the folded name). */
export const CREATE_AUTHORSHIPS = `
CREATE TABLE authorships AS
WITH slots AS (
  SELECT paper, unnest(authorships) AS a, generate_subscripts(authorships, 1)::INTEGER AS position FROM works
), named AS (
  SELECT paper, position, a.author.id AS openalex, a.author.orcid AS orcid,
         coalesce(nullif(trim(a.raw_author_name), ''), nullif(trim(a.author.display_name), '')) AS name
  FROM slots
)
SELECT paper, position, name,
       coalesce(regexp_replace(openalex, '^https?://openalex\\.org/', ''),
                'orcid:' || regexp_replace(orcid, '^https?://orcid\\.org/', ''),
                'name:' || ${FOLDED}) AS person
FROM named WHERE name IS NOT NULL`;

/** One row per person, numbered by first occurrence. */
export const CREATE_PEOPLE = `
CREATE TABLE people AS
SELECT person,
       (row_number() OVER (ORDER BY min(paper::BIGINT * 1000000 + position)) - 1)::INTEGER AS node,
       mode(name) AS label,
       count(DISTINCT paper)::INTEGER AS paper_count,
       min(year) AS first_year, max(year) AS last_year
FROM authorships JOIN works USING (paper)
GROUP BY person`;

/** Authors per paper and the year, in paper order (what the link weights are computed from). */
export const SELECT_PAPERS = `
SELECT w.paper, coalesce(count(a.person), 0)::INTEGER AS authors, w.year
FROM works w LEFT JOIN authorships a USING (paper)
GROUP BY w.paper, w.year ORDER BY w.paper`;

/** The people in node order. */
export const SELECT_PEOPLE = `SELECT person, label, paper_count, first_year, last_year FROM people ORDER BY node`;

/**
 * The projection: (source, target, paper) for every pair of coauthors of a paper with 2..$1 authors, links
 * with fewer than $2 joint papers dropped, ordered by source, target, paper.
 */
export const SELECT_PAIRS = `
WITH sizes AS (SELECT paper, count(*) AS n FROM authorships GROUP BY paper),
slots AS (
  SELECT DISTINCT a.paper, p.node
  FROM authorships a JOIN people p USING (person) JOIN sizes s USING (paper)
  WHERE s.n BETWEEN 2 AND $1
),
pairs AS (
  SELECT x.node AS source, y.node AS target, x.paper
  FROM slots x JOIN slots y ON x.paper = y.paper AND x.node < y.node
),
kept AS (SELECT source, target FROM pairs GROUP BY source, target HAVING count(*) >= $2)
SELECT source, target, paper FROM pairs SEMI JOIN kept USING (source, target)
ORDER BY source, target, paper`;
