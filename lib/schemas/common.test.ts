import { describe, expect, it } from "vitest";
import { NUL_MESSAGE, nulFieldErrors, PG_INT_MAX, versionSchema } from "./common";

describe("nulFieldErrors", () => {
  it("names the field holding a NUL character, nested fields by their dotted path", () => {
    expect(nulFieldErrors({ title: "ok", exact: "12\u0000 percent" })).toEqual({ exact: [NUL_MESSAGE] });
    expect(nulFieldErrors({ source: { title: "a\u0000" } })).toEqual({ "source.title": [NUL_MESSAGE] });
    expect(nulFieldErrors({ tags: ["fine", "bad\u0000"] })).toEqual({ "tags.1": [NUL_MESSAGE] });
    expect(nulFieldErrors("\u0000", "_body")).toEqual({ _body: [NUL_MESSAGE] });
  });

  it("is null for text without one, and for numbers, booleans and null", () => {
    expect(nulFieldErrors({ title: "مليون ١٢", count: 3, yes: true, none: null, list: [] })).toBeNull();
  });
});

describe("versionSchema", () => {
  it("reads a version from a form string and refuses what no Postgres integer can hold", () => {
    expect(versionSchema.parse("3")).toBe(3);
    expect(versionSchema.parse(PG_INT_MAX)).toBe(PG_INT_MAX);
    expect(versionSchema.safeParse(PG_INT_MAX + 1).success).toBe(false);
    expect(versionSchema.safeParse(Number.MAX_SAFE_INTEGER).error?.issues[0]?.message).toBe("No record has that version: send the version you read.");
    expect(versionSchema.safeParse(0).success).toBe(false);
    expect(versionSchema.safeParse(1.5).success).toBe(false);
  });
});
