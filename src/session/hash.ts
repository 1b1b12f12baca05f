/**
 * Fingerprints of input files: SHA-256 through Web Crypto (`crypto.subtle`, in Node 20 and in every browser
 * page served over https or localhost, and in their workers), written as 64 lowercase hexadecimal digits.
 * A file is described by its text as papergraph reads it, encoded as UTF-8: the command line and the
 * explorer (whose worker holds texts, not bytes) then describe a file alike, and for a UTF-8 file without
 * a byte-order mark — nearly every one — the hash is what `sha256sum FILE` prints, so a user can check a
 * session by hand.
 */

import type { SessionFile } from "./schema";

/** SHA-256 of `content` (bytes, or text as UTF-8) as lowercase hex. */
export async function sha256Hex(content: Uint8Array | ArrayBuffer | string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error(
      "papergraph/session: hashing files needs Web Crypto (Node 20+, or a page served over https or localhost).",
    );
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as BufferSource));
  return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The session's record of the file `file` (its name and text as papergraph read it). */
export async function describeFile(file: { name: string; text: string }): Promise<SessionFile> {
  const bytes = new TextEncoder().encode(file.text);
  return { name: file.name, size: bytes.byteLength, sha256: await sha256Hex(bytes) };
}
