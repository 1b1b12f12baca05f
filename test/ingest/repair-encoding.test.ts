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
});
