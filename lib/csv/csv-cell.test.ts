import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv-cell";

describe("csvCell", () => {
  it("neutralises every formula trigger a spreadsheet would run", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell("+1-555-0100")).toBe("'+1-555-0100");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
  });

  it("leaves ordinary text alone and quotes separators", () => {
    expect(csvCell("Amélie Tremblay")).toBe("Amélie Tremblay");
    expect(csvCell("Smith, Jo")).toBe('"Smith, Jo"');
    expect(csvCell('Say "no"')).toBe('"Say ""no"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(new Date("2021-02-03T04:05:06Z"))).toBe("2021-02-03T04:05:06.000Z");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", "=b", null])).toBe("a,'=b,\r\n");
  });
});
