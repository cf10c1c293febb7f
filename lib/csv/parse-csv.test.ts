import { describe, expect, it } from "vitest";
import { csvRow } from "./csv-cell";
import { CsvError, parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF or LF, and a byte-order mark", () => {
    const text = '\uFEFFkey,name_en,note\r\nopc,"Office of the Privacy Commissioner, Canada","says ""hello""\nthen more"\nipc-on,Information and Privacy Commissioner of Ontario,\n\n';
    expect(parseCsv(text)).toEqual({
      header: ["key", "name_en", "note"],
      records: [
        { key: "opc", name_en: "Office of the Privacy Commissioner, Canada", note: 'says "hello"\nthen more' },
        { key: "ipc-on", name_en: "Information and Privacy Commissioner of Ontario", note: "" },
      ],
    });
  });

  it("reads back what csvRow writes", () => {
    const values = ['Amélie, "Mimi" Tremblay', "line\nbreak", "plain"];
    expect(parseCsv(`a,b,c\r\n${csvRow(values)}`).records[0]).toEqual({ a: values[0], b: values[1], c: values[2] });
  });

  it("says which line is malformed", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n")).toThrow(new CsvError("expected 2 fields, found 1", 3));
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvError);
  });
});
