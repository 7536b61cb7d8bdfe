import { describe, expect, it } from "vitest";
import { authOptions } from "./options";

// next-auth asks this callback where to send the browser after signing in or out.
const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });

describe("next-auth's redirect callback", () => {
  it("sends the browser to paths of this site", async () => {
    expect(await redirect("/login")).toBe("http://localhost:3000/login");
    expect(await redirect("http://localhost:3000/w/isis-decline?q=سوريا")).toBe(`http://localhost:3000/w/isis-decline?q=${encodeURIComponent("سوريا")}`);
  });

  it("never to another site", async () => {
    for (const url of ["https://evil.example/", "//evil.example", "/\t/evil.example", "/\\evil.example", "/.//evil.example", "javascript:alert(1)"]) {
      const target = new URL(await redirect(url));
      expect(target.origin).toBe("http://localhost:3000");
      expect(target.pathname).toBe("/w");
    }
  });
});
