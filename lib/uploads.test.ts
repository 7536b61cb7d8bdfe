import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_UPLOAD_BYTES, formatBytes, maxUploadBytes, tooLargeMessage } from "./uploads";

describe("upload limit", () => {
  it("is 20 MB unless CLAIMBENCH_MAX_UPLOAD_BYTES says otherwise", () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ CLAIMBENCH_MAX_UPLOAD_BYTES: "1048576" })).toBe(1048576);
  });

  it("ignores a value that is not a positive whole number", () => {
    for (const value of ["", "  ", "abc", "-5", "0", "1.5"]) expect(maxUploadBytes({ CLAIMBENCH_MAX_UPLOAD_BYTES: value })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
  });

  it("formats sizes as people read them", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatBytes(50 * 1024 * 1024 + 10)).toBe("50 MB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3 GB");
  });

  it("names the file, its size and the limit", () => {
    expect(tooLargeMessage("big.json", 50 * 1024 * 1024, 20 * 1024 * 1024)).toMatch(/^big\.json is 50 MB, over the upload limit of 20 MB\./);
  });
});
