/**
 * The GEXF attribute model: one declared type per attribute, inferred from all its values. Whole numbers
 * within 32 bits are `integer`, larger ones `long`, others `double`; attributes in DOUBLE_ATTRIBUTES are
 * `double` whatever their values; booleans are `boolean`; anything else (text, joined arrays, a mix of
 * kinds) is `string`. Values are written with formatValue, which matches each of these types.
 */

import { DOUBLE_ATTRIBUTES, formatValue } from "./values";

export type GexfType = "integer" | "long" | "double" | "boolean" | "string";

export interface GexfAttribute {
  name: string;
  type: GexfType;
}

const INT32_MAX = 0x7fffffff;

/** Marks a reserved name in inferAttributes' table. */
const RESERVED = "reserved";

/** Whether formatValue writes anything for `value`, without building the text of a list (papers on 2M links). */
function isWritten(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string" || typeof value === "boolean" || Array.isArray(value)) return true;
  return formatValue(value) !== undefined;
}

function valueType(value: unknown): GexfType | undefined {
  if (!isWritten(value)) return undefined;
  if (typeof value === "boolean") return "boolean";
  if (typeof value !== "number") return "string";
  if (!Number.isInteger(value)) return "double";
  return Math.abs(value) <= INT32_MAX ? "integer" : "long";
}

/** The narrowest type that holds both `a` and `b`. */
function widen(a: GexfType, b: GexfType): GexfType {
  if (a === b) return a;
  const numeric = ["integer", "long", "double"];
  if (numeric.includes(a) && numeric.includes(b))
    return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] as GexfType;
  return "string";
}

/**
 * Declared attributes of `records` (first-seen order), skipping `reserved` names and attributes never set.
 * One pass over the records, visiting each record's own keys without listing them (hasOwnProperty.call, the
 * form V8 answers from the for…in enum cache): a key array per record and a second pass per attribute took
 * 1.5× as long on 446k links. A record's keys are first compared with the previous record's, place by place
 * (the links of a network share theirs), and looked up by name only where they differ; a value is read only
 * while its attribute's type may still change (not once `string`). On 100,000 generated works (2.16M links)
 * a lookup per key made this pass 0.9 of the GEXF's 8.1 s in a CPU profile.
 */
export function inferAttributes(
  records: Iterable<Record<string, unknown>>,
  reserved: ReadonlySet<string>,
): GexfAttribute[] {
  // Every name met, in first-seen order, numbered; its type stays undefined until one of its values is
  // written. The reserved names are in it from the start, marked, so that each key costs one lookup, not two.
  const slots = new Map<string, number>();
  const types: (GexfType | typeof RESERVED | undefined)[] = [];
  const slotOf = (name: string): number => {
    let slot = slots.get(name);
    if (slot === undefined) {
      slot = types.length;
      slots.set(name, slot);
      types.push(undefined);
    }
    return slot;
  };
  for (const name of reserved) types[slotOf(name)] = RESERVED;
  // The previous record's keys in order, and their slots.
  const shape: string[] = [];
  const shapeSlots: number[] = [];
  for (const record of records) {
    let at = 0;
    for (const name in record) {
      if (!Object.prototype.hasOwnProperty.call(record, name)) continue;
      let slot: number;
      if (shape[at] === name) slot = shapeSlots[at]!;
      else {
        slot = slotOf(name);
        shape[at] = name;
        shapeSlots[at] = slot;
      }
      at++;
      const type = types[slot];
      if (type === RESERVED || type === "string") continue;
      const value = record[name];
      // A number widens a double to nothing (a non-finite one is not written).
      if (type === "double" && typeof value === "number") continue;
      const next = valueType(value);
      if (next !== undefined && type !== next) types[slot] = type ? widen(type, next) : next;
    }
  }
  const model: GexfAttribute[] = [];
  for (const [name, slot] of slots) {
    const type = types[slot];
    if (!type || type === RESERVED) continue;
    const whole = type === "integer" || type === "long";
    model.push({ name, type: whole && DOUBLE_ATTRIBUTES.has(name) ? "double" : type });
  }
  return model;
}
