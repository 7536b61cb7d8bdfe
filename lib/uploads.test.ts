import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BULK_UPLOAD_BYTES, DEFAULT_MAX_UPLOAD_BYTES, FORM_OVERHEAD_BYTES, formatBytes, maxBulkUploadBytes, maxUploadBytes, readLimitedFormData, tooLargeMessage, UploadTooLargeError } from "./uploads";

describe("upload limit", () => {
  it("is 20 MB unless CLAIMBENCH_MAX_UPLOAD_BYTES says otherwise", () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ CLAIMBENCH_MAX_UPLOAD_BYTES: "1048576" })).toBe(1048576);
  });

  it("ignores a value that is not a positive whole number", () => {
    for (const value of ["", "  ", "abc", "-5", "0", "1.5"]) expect(maxUploadBytes({ CLAIMBENCH_MAX_UPLOAD_BYTES: value })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
  });

  it("one upload of many files holds 100 MB in total unless CLAIMBENCH_MAX_BULK_UPLOAD_BYTES says otherwise, never less than one file's limit", () => {
    expect(maxBulkUploadBytes({})).toBe(DEFAULT_MAX_BULK_UPLOAD_BYTES);
    expect(DEFAULT_MAX_BULK_UPLOAD_BYTES).toBe(100 * 1024 * 1024);
    expect(maxBulkUploadBytes({ CLAIMBENCH_MAX_BULK_UPLOAD_BYTES: "524288000" })).toBe(524288000);
    expect(maxBulkUploadBytes({ CLAIMBENCH_MAX_BULK_UPLOAD_BYTES: "abc" })).toBe(DEFAULT_MAX_BULK_UPLOAD_BYTES);
    expect(maxBulkUploadBytes({ CLAIMBENCH_MAX_BULK_UPLOAD_BYTES: "1024", CLAIMBENCH_MAX_UPLOAD_BYTES: "2048" })).toBe(2048);
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

describe("reading an upload form under the limit", () => {
  const formWith = (bytes: number) => {
    const form = new FormData();
    form.set("slug", "copy");
    form.set("file", new File([new Uint8Array(bytes).fill(0x20)], "desk.json", { type: "application/json" }));
    return new Request("http://localhost/upload", { method: "POST", body: form });
  };

  it("reads a form whose file is under the limit", async () => {
    const form = await readLimitedFormData(formWith(1000), 2000);
    expect(form.get("slug")).toBe("copy");
    expect((form.get("file") as File).size).toBe(1000);
  });

  it("stops reading a body that grows past the limit", async () => {
    await expect(readLimitedFormData(formWith(FORM_OVERHEAD_BYTES + 5000), 2000)).rejects.toBeInstanceOf(UploadTooLargeError);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream({ pull() { pulled = true; } }, { highWaterMark: 0 });
    const request = new Request("http://localhost/upload", {
      method: "POST", body, duplex: "half", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
    } as RequestInit);
    await expect(readLimitedFormData(request, 20 * 1024 * 1024)).rejects.toThrow("The upload is over the limit of 20 MB.");
    expect(pulled).toBe(false);
  });
});
