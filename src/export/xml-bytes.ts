/**
 * An XML document written straight into UTF-8 bytes, for the exports of millions of elements (the GEXF of
 * 100,000 works holds 2.16M links, 1.37 GB). Appending strings and handing them to the file builds a rope of
 * a few dozen pieces per element, which the file writer flattens and then encodes: two copies of every
 * character and a young-generation object per piece. Here each character is stored once, into a reused
 * buffer, by a loop that also finds the characters needing escape (most names and titles have none). GEXF
 * CPU on the analysed network, main's string writer against this one alternated in one process (load 3-4.6):
 * 20,000 works 1.85 -> 1.45 s (best of four), 100,000 works 10.4/12.0 -> 8.0/7.7 s.
 */

import { numberSlot, SLOT_BITS } from "./number-slot";
import { xml } from "./xml-text";

/** ASCII codes written as they are in XML text and attribute values: printable, no markup character. */
const PLAIN = new Uint8Array(128);
for (let code = 0x20; code < 0x7f; code++) PLAIN[code] = 1;
for (const markup of `&<>"'`) PLAIN[markup.charCodeAt(0)] = 0;

const encoder = new TextEncoder();

/** Bytes per slot of the numbers' table: the longest text of a double, -1.2345678901234567e-123, is 24. */
const NUMBER_BYTES = 24;
const numberValues = new Float64Array(1 << SLOT_BITS).fill(Number.NaN);
const numberLengths = new Uint8Array(1 << SLOT_BITS);
const numberBytes = new Uint8Array(NUMBER_BYTES << SLOT_BITS);

/**
 * The byte that opens a number left for expand(): UTF-8 never uses 0xFF, so no text written here holds it.
 * The number's 8 bytes (its double, in the platform's byte order) follow it.
 */
const DEFERRED = 0xff;
/** A deferred number's length in bytes: its mark and its double. */
const DEFERRED_BYTES = 9;
/** The double of a deferred number, written and read through its bytes. */
const DOUBLE = new Float64Array(1);
const DOUBLE_BYTES = new Uint8Array(DOUBLE.buffer);

/** The UTF-8 bytes of text, for XmlBytes.bytes(). */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** A growing buffer of UTF-8 bytes, emptied by take() once a chunk is full. */
export class XmlBytes {
  private buffer: Uint8Array;
  /** Bytes written since the last take(); set back to an earlier length, it drops what came after. */
  length = 0;

  constructor(
    /** How many bytes make a chunk: full() says so from then on. */
    private readonly chunkBytes: number,
    /**
     * Whether number() leaves each number that is not a whole one below 2³¹ for expand() to write, as a mark
     * and the double's bytes: the texts of numbers (JSON.stringify, or the table's bytes) are a large part of
     * a large export, and expand() can run on another thread.
     */
    private readonly deferNumbers = false,
  ) {
    this.buffer = new Uint8Array(2 * chunkBytes);
  }

  /** Whether a chunk's worth of bytes is waiting to be taken. */
  full(): boolean {
    return this.length >= this.chunkBytes;
  }

  /**
   * The bytes written since the last take(), and the buffer emptied. The array is a view of the buffer:
   * valid until the next write.
   */
  take(): Uint8Array {
    const chunk = this.buffer.subarray(0, this.length);
    this.length = 0;
    return chunk;
  }

  /** Appends bytes made by utf8() once, such as an element's fixed markup. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length).set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends short ASCII text that needs no escaping: the text of numbers, a few characters of markup. */
  ascii(text: string): void {
    const length = text.length;
    const bytes = this.room(length);
    let at = this.length;
    for (let i = 0; i < length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Appends the digits of a whole number from 0 to 2³¹-1, as String() writes it. */
  digits(value: number): void {
    let count = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) count++;
    const bytes = this.room(count);
    let at = this.length + count;
    this.length = at;
    let rest = value;
    do {
      bytes[--at] = 0x30 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
  }

  /**
   * Appends a finite number as numberText() writes it (String(value)): a whole one below 2³¹ by its digits,
   * another from a table of the bytes of recent numbers, slotted as numberText's texts are, so that a number
   * met again is copied without its text's characters read one by one.
   */
  number(value: number): void {
    if ((value | 0) === value && value >= 0) {
      this.digits(value);
      return;
    }
    if (this.deferNumbers) {
      this.defer(value);
      return;
    }
    const slot = numberSlot(value);
    const from = slot * NUMBER_BYTES;
    let count = numberLengths[slot]!;
    if (numberValues[slot] !== value) {
      const text = JSON.stringify(value);
      count = text.length;
      for (let i = 0; i < count; i++) numberBytes[from + i] = text.charCodeAt(i);
      numberValues[slot] = value;
      numberLengths[slot] = count;
    }
    const bytes = this.room(count);
    const at = this.length;
    for (let i = 0; i < count; i++) bytes[at + i] = numberBytes[from + i]!;
    this.length = at + count;
  }

  /** Appends `value` as a deferred number: its mark and its double's bytes. */
  private defer(value: number): void {
    const bytes = this.room(DEFERRED_BYTES);
    const at = this.length;
    DOUBLE[0] = value;
    bytes[at] = DEFERRED;
    for (let i = 0; i < 8; i++) bytes[at + 1 + i] = DOUBLE_BYTES[i]!;
    this.length = at + DEFERRED_BYTES;
  }

  /**
   * Appends untrusted text as xml() escapes it. Its plain ASCII start is copied as it is; from the first
   * character that is not, the rest goes through xml() and the encoder (xml() of the whole is the start
   * followed by xml() of the rest: the start holds no surrogate that could pair with the rest's).
   */
  text(text: string): void {
    const length = text.length;
    const bytes = this.room(length);
    let at = this.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80 || PLAIN[code] === 0) {
        this.length = at;
        this.escaped(xml(text.slice(i)));
        return;
      }
      bytes[at++] = code;
    }
    this.length = at;
  }

  /**
   * Appends text as text() does, copied from the bytes of the last call when it is the same string: a link's
   * source, the same over the links of one author (2.16M links from 89,034 sources on 100,000 generated
   * works). Looking every key up in a map of their bytes instead cost more than text() (a CPU profile).
   */
  textAgain(text: string): void {
    if (text === this.againText) {
      this.bytes(this.againBytes);
      return;
    }
    const start = this.length;
    this.text(text);
    this.againBytes = this.buffer.slice(start, this.length);
    this.againText = text;
  }

  /** The text of textAgain()'s last call, and its bytes. */
  private againText: string | undefined;
  private againBytes = new Uint8Array(0);

  /**
   * Appends bytes written with deferred numbers (by an XmlBytes made with deferNumbers, taken whole or cut by
   * deferredCut), each number written as number() writes it: the bytes a writer without deferral makes.
   */
  expand(deferred: Uint8Array): void {
    let at = 0;
    for (let mark = deferred.indexOf(DEFERRED); mark >= 0; mark = deferred.indexOf(DEFERRED, at)) {
      if (mark > at) this.bytes(deferred.subarray(at, mark));
      for (let i = 0; i < 8; i++) DOUBLE_BYTES[i] = deferred[mark + 1 + i]!;
      this.number(DOUBLE[0]!);
      at = mark + DEFERRED_BYTES;
    }
    if (at < deferred.length) this.bytes(deferred.subarray(at));
  }

  /** Appends text already escaped (any characters: title and creator), as UTF-8. */
  escaped(text: string): void {
    this.room(3 * text.length);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The buffer, grown if `count` more bytes would not fit. */
  private room(count: number): Uint8Array {
    const needed = this.length + count;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(2 * this.buffer.length, needed));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }
}

/**
 * Where to cut bytes written with deferred numbers so that the first piece, from `start`, holds at most
 * `most` bytes and no number is cut: the end of the bytes if it is near enough, else the last mark within
 * reach (or the end of a number that reaches past it). The pieces expand to the bytes the whole expands to.
 */
export function deferredCut(deferred: Uint8Array, start: number, most: number): number {
  const limit = start + most;
  if (deferred.length <= limit) return deferred.length;
  let cut = limit;
  for (let mark = deferred.indexOf(DEFERRED, start); mark >= 0 && mark < limit; ) {
    const end = mark + DEFERRED_BYTES;
    if (end > limit) {
      cut = mark > start ? mark : end;
      break;
    }
    mark = deferred.indexOf(DEFERRED, end);
  }
  return cut;
}
