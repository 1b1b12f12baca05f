/**
 * Untrusted text made safe for a terminal. Names, titles, file names and diagnostics come from the files
 * read, and a BibTeX author holding `ESC]0;…BEL ESC[31m` would retitle and recolour the user's terminal if
 * printed raw. Every control character (C0, DEL, C1) and every bidirectional control (which reorders the
 * text around it) is shown as a visible escape (`\x1b`, `\u202e`) instead; nothing else changes.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this escapes.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with control and bidirectional characters shown as escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
