import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript, trustedHtml } from "./html";

describe("html template", () => {
  it("escapes every interpolation by default, in text and in attributes", () => {
    const statement = `</p><script>alert(1)</script>`;
    const url = `" onmouseover="alert(1)`;
    const out = html`<p title="${url}">${statement}</p>`.value;
    expect(out).toBe(`<p title="&quot; onmouseover=&quot;alert(1)">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>`);
    expect(out).not.toContain("<script>");
  });

  it("nests templates without escaping them twice, joins lists and drops empty values", () => {
    const items = ["a & b", "<i>"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.value).toBe("<ul><li>a &amp; b</li><li>&lt;i&gt;</li>0</ul>");
    expect(html`${trustedHtml("<b>kept</b>")}`.value).toBe("<b>kept</b>");
  });

  it("escapes single quotes too", () => {
    expect(escapeHtml(`it's`)).toBe("it&#39;s");
  });
});

describe("jsonForScript", () => {
  it("cannot close the script block and still parses back to the same value", () => {
    const value = { claimReviewed: "</script><script>alert(1)</script> & \u2028\u2029 <!--" };
    const out = jsonForScript(value).value;
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
