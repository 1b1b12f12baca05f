/** Strings ↔ small integers, so that sets of words, keys and venues are compared as numbers. O(1) per call. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The number of `text`, given on first sight. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.ids.set(text, id);
    }
    return id;
  }

  /** How many strings have numbers (they are 0 to size - 1). */
  get size(): number {
    return this.texts.length;
  }

  /** The string of a number. */
  text(id: number): string {
    return this.texts[id]!;
  }
}
