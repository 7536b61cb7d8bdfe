import { describe, expect, it } from "vitest";
import { allColumns, DEFAULT_COLUMNS, parseColumns } from "./claim-columns";

const bea = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const gone = "0190a1b2-c3d4-7e5f-8a9b-ffffffffffff";

describe("the claims table's remembered columns", () => {
  it("shows the default columns until the person chooses", () => {
    expect(parseColumns(undefined, [bea])).toEqual([...DEFAULT_COLUMNS]);
  });

  it("keeps the columns that exist, always with the claim itself", () => {
    expect(parseColumns(encodeURIComponent(`status,rating:${bea},rating:${gone},nonsense`), [bea])).toEqual(["statement", "status", `rating:${bea}`]);
  });

  it("puts each reviewer's rating before the final rating", () => {
    const columns = allColumns([bea]);
    expect(columns.indexOf(`rating:${bea}`)).toBe(columns.indexOf("finalRating") - 1);
  });
});
