import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/ingest/repair-encoding";

describe("repairMojibake", () => {
  it("turns UTF-8 read as Latin-1 or Windows-1252 back into letters and counts them", () => {
    expect(repairMojibake("Aurora RamÃ­rez, WÃ¼bben, Åšcibior")).toEqual({
      text: "Aurora Ramírez, Wübben, Ścibior",
      repairs: 3,
      example: "Ã­",
    });
  });

  it("leaves clean text, and a real capital Ã before ordinary letters, as they are", () => {
    expect(repairMojibake("Ramírez, São Paulo, Ãx")).toEqual({ text: "Ramírez, São Paulo, Ãx", repairs: 0 });
  });

  it.each([
    ["WÃ¼bben", "Wübben"],
    ["Åšcibior", "Ścibior"],
    ["RÃ¤uker", "Räuker"],
    ["Jos\u00c3\u00a9 Garc\u00c3\u00ada", "José García"],
  ])("repairs the name %j to %j", (broken, repaired) => {
    expect(repairMojibake(broken).text).toBe(repaired);
  });

  it.each(["Åsa Öberg", "Ãlvaro", "Ścibior", "Adam Scibior", "Ã"])("leaves the real spelling %j unchanged", (name) => {
    expect(repairMojibake(name)).toEqual({ text: name, repairs: 0 });
  });
});
