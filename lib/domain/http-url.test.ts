import { describe, expect, it } from "vitest";
import { httpUrlOrNull, isHttpUrl } from "./http-url";

describe("isHttpUrl", () => {
  it("accepts http and https, whatever their case", () => {
    for (const url of ["https://example.org/a?b=1#c", "http://example.org", "HTTPS://EXAMPLE.ORG/"]) expect(isHttpUrl(url), url).toBe(true);
  });

  it("refuses scripts, data, files and disguised schemes", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org", "//example.org", "example.org", ""]) {
      expect(isHttpUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it("httpUrlOrNull keeps an http(s) address and drops anything else", () => {
    expect(httpUrlOrNull("https://example.org")).toBe("https://example.org");
    expect(httpUrlOrNull("javascript:alert(1)")).toBeNull();
    expect(httpUrlOrNull(null)).toBeNull();
  });
});
