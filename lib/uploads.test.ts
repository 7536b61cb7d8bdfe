import { afterEach, describe, expect, it } from "vitest";
import { formatBytes, maxUploadBytes } from "./uploads";

describe("maxUploadBytes", () => {
  const previous = process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
  afterEach(() => {
    if (previous === undefined) delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
    else process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = previous;
  });

  it("is 20 MB unless configured", () => {
    delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
    expect(maxUploadBytes()).toBe(20 * 1024 * 1024);
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "1048576";
    expect(maxUploadBytes()).toBe(1048576);
  });

  it("ignores a setting that is no positive whole number", () => {
    for (const value of ["", "abc", "-5", "0", "1.5"]) {
      process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = value;
      expect(maxUploadBytes()).toBe(20 * 1024 * 1024);
    }
  });
});

describe("formatBytes", () => {
  it.each([
    [1, "1 byte"],
    [900, "900 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [20 * 1024 * 1024, "20 MB"],
    [50 * 1024 * 1024 + 1, "50 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("%d → %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
