/**
 * Fingerprints of input files: SHA-256 of their bytes through Web Crypto (`crypto.subtle`, in Node 20 and
 * in every browser page served over https or localhost, and in their workers), written as 64 lowercase
 * hexadecimal digits — the same as `sha256sum FILE` prints, so a user can check a session by hand.
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

/** The session's record of a file named `name` with these bytes. */
export async function describeFile(name: string, bytes: Uint8Array | ArrayBuffer): Promise<SessionFile> {
  return { name, size: bytes.byteLength, sha256: await sha256Hex(bytes) };
}
