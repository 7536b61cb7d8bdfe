import { describe, expect, it } from "vitest";
import { workspaceSettingsSchema } from "./workspace";

// The settings form's publishing fields (issue 19): blank clears, an https logo and an http(s) origin pass
// (normalised), anything else is refused next to its field with what to enter.

const form = (fields: Record<string, string>) =>
  workspaceSettingsSchema.safeParse({ workspaceId: "01900000-0000-7000-8000-000000000000", version: "3", name: "Desk", description: "", organizationName: "", ...fields });

describe("the publisher settings in the settings form", () => {
  it("stores a blank as none, and an origin without its trailing slash", () => {
    expect(form({ publisherLogoUrl: "", publicBaseUrl: "" }).data).toMatchObject({ publisherLogoUrl: null, publicBaseUrl: null });
    expect(form({ publisherLogoUrl: " https://example.org/logo.png ", publicBaseUrl: "https://Checks.Example.org/" }).data).toMatchObject({
      publisherLogoUrl: "https://example.org/logo.png",
      publicBaseUrl: "https://checks.example.org",
    });
  });

  it("refuses an http logo and a base URL with a path, saying what to enter", () => {
    const result = form({ publisherLogoUrl: "http://example.org/logo.png", publicBaseUrl: "https://checks.example.org/p" });
    const fields = result.error?.flatten().fieldErrors as Record<string, string[]>;
    expect(fields.publisherLogoUrl?.[0]).toMatch(/^The logo's address must start with https:\/\//);
    expect(fields.publicBaseUrl?.[0]).toBe("Enter the origin only, https://checks.example.org, without a path, query or #: fact-checks are published at /p/… of it.");
  });

  it("leaves both unchanged when a form does not send them", () => {
    expect(form({}).data).not.toHaveProperty("publisherLogoUrl");
  });
});
