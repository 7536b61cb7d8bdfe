import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEPTH_MESSAGE, inputFieldErrors, MAX_INPUT_DEPTH, NUL_MESSAGE, PG_INT_MAX, safeParseInput, SURROGATE_MESSAGE, toFieldErrors, versionSchema } from "./common";

describe("inputFieldErrors", () => {
  it("names the field holding a NUL character, nested fields by their dotted path", () => {
    expect(inputFieldErrors({ title: "ok", exact: "12\u0000 percent" })).toEqual({ exact: [NUL_MESSAGE] });
    expect(inputFieldErrors({ source: { title: "a\u0000" } })).toEqual({ "source.title": [NUL_MESSAGE] });
    expect(inputFieldErrors({ tags: ["fine", "bad\u0000"] })).toEqual({ "tags.1": [NUL_MESSAGE] });
    expect(inputFieldErrors("\u0000", "_body")).toEqual({ _body: [NUL_MESSAGE] });
    expect(inputFieldErrors({ "na\u0000me": "x" })).toEqual({ "na\u0000me": [NUL_MESSAGE] });
  });

  it("refuses lone surrogates (which jsonb cannot store) and keeps whole pairs and any script", () => {
    expect(inputFieldErrors({ note: "half \ud83d of an emoji" })).toEqual({ note: [SURROGATE_MESSAGE] });
    expect(inputFieldErrors({ note: "\udc00 trailing half" })).toEqual({ note: [SURROGATE_MESSAGE] });
    expect(inputFieldErrors({ note: "whole 😀 emoji", title: "مليون ١٢", count: 3, yes: true, none: null, list: [] })).toBeNull();
  });

  it("refuses input nested deeper than any form, without overflowing the stack on any depth", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const errors = inputFieldErrors({ body: deep }, "_body");
    expect(Object.values(errors ?? {})).toEqual([[DEPTH_MESSAGE]]);
    let fine: unknown = "leaf";
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) fine = { child: fine };
    expect(inputFieldErrors(fine)).toBeNull();
  });
});

describe("safeParseInput", () => {
  const schema = z.object({ q: z.string().max(5).optional() });
  it("fails like the schema would, with the field named, for text the database cannot hold", () => {
    const parsed = safeParseInput(schema, { q: "a\u0000" });
    expect(parsed.success).toBe(false);
    expect(parsed.error && toFieldErrors(parsed.error)).toEqual({ q: [NUL_MESSAGE] });
    expect(safeParseInput(schema, { q: "abc" })).toEqual({ success: true, data: { q: "abc" } });
    expect(safeParseInput(schema, { q: "abcdefgh" }).success).toBe(false);
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
