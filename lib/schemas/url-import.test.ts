import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./common";
import { importUrlListFormSchema, importUrlSchema, importUrlsSchema } from "./url-import";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) => (result.success ? {} : toFieldErrors(result.error!));

describe("import by URL: the inputs", () => {
  it("reads the page's box one address per line, whatever the line ends, leaving blank lines and spaces out", () => {
    const parsed = importUrlListFormSchema.parse({ urls: " https://a.example/1 \r\n\r\n\thttps://b.example/2\n   \nhttp://c.example/3\r" });
    expect(parsed.urls).toEqual(["https://a.example/1", "https://b.example/2", "http://c.example/3"]);
  });

  it("keeps an address listed twice (the job reports the repeat) and names each bad address by its place", () => {
    expect(importUrlsSchema.parse({ urls: ["https://a.example/1", "", "https://a.example/1"] }).urls).toHaveLength(2);
    const message = errorsOf(importUrlsSchema.safeParse({ urls: ["https://a.example/1", "ftp://a.example/f", "example.org/x", "", "mailto:x@y", "data:,x", "https://ok.example"] })).urls![0]!;
    expect(message).toContain('Fix these addresses (and 1 more), then import again: address 2 ("ftp://a.example/f"): Only web addresses starting with http:// or https:// are accepted.');
    expect(message).toContain('address 3 ("example.org/x"): Enter a full web address');
  });

  it("says what to do with an empty list, a list over 200, and a missing or non-web address", () => {
    expect(errorsOf(importUrlListFormSchema.safeParse({ urls: "\n \n" })).urls).toEqual(["Paste at least one address (starting with http:// or https://), one per line."]);
    expect(errorsOf(importUrlsSchema.safeParse({ urls: Array.from({ length: 201 }, (_, n) => `https://a.example/${n}`) })).urls![0]).toContain("this list has 201. Import it in parts.");
    expect(errorsOf(importUrlsSchema.safeParse({ urls: "https://a.example" })).urls).toEqual(["Send urls as an array of addresses."]);
    expect(errorsOf(importUrlSchema.safeParse({})).url).toEqual(["Enter the page's address, such as https://example.org/report."]);
    expect(errorsOf(importUrlSchema.safeParse({ url: "javascript:alert(1)" })).url).toEqual(["Only web addresses starting with http:// or https:// are accepted."]);
    expect(importUrlSchema.parse({ url: "  https://a.example/x  " }).url).toBe("https://a.example/x");
  });
});
