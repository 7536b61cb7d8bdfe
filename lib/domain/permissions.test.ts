import { describe, expect, it } from "vitest";
import {
  blindReviewMayHide, can, canAddEvidence, canAssignReviewers, canBeAssigned, canDeleteClaim, canDownloadJobFile, canEditArticles, canEditClaim,
  canEditSources, canExport, canForceDeleteArticle, canManageWorkspace, canMarkClaim, canRecordVerdict, canRemoveEvidence, canResolveClaim,
  canSeeMemberEmails, canSeeOthersVerdicts, canSeeVerdict, EXPORT_MINIMUM_ROLE, MINIMUM_ROLE, rolesThat, type Member,
} from "./permissions";
import { ROLES, type Role } from "./roles";
import { EXPORT_FORMAT_IDS } from "./vocabulary";

// Each rule over every role: the table says who may, so a change of rule is a change of this table.
const who = (rule: (role: Role) => boolean) => ROLES.filter(rule);
const ME = "0196a000-0000-7000-8000-000000000001";
const SOMEONE_ELSE = "0196a000-0000-7000-8000-000000000002";
const member = (role: Role): Member => ({ id: ME, role });

describe("rules that depend on the role alone", () => {
  it.each([
    ["canMarkClaim", canMarkClaim, ["REVIEWER", "EDITOR", "OWNER"]],
    ["canAddEvidence", canAddEvidence, ["REVIEWER", "EDITOR", "OWNER"]],
    ["canRecordVerdict", canRecordVerdict, ["REVIEWER", "EDITOR", "OWNER"]],
    ["canBeAssigned", canBeAssigned, ["REVIEWER", "EDITOR", "OWNER"]],
    ["canResolveClaim", canResolveClaim, ["EDITOR", "OWNER"]],
    ["canAssignReviewers", canAssignReviewers, ["EDITOR", "OWNER"]],
    ["canEditArticles", canEditArticles, ["EDITOR", "OWNER"]],
    ["canEditSources", canEditSources, ["EDITOR", "OWNER"]],
    ["canManageWorkspace", canManageWorkspace, ["OWNER"]],
    ["canForceDeleteArticle", canForceDeleteArticle, ["OWNER"]],
    ["canSeeMemberEmails", canSeeMemberEmails, ["OWNER"]],
  ] as const)("%s: %j", (_name, rule, allowed) => {
    expect(who(rule)).toEqual(allowed);
  });

  it("lets every member read, and asks MINIMUM_ROLE for every action", () => {
    expect(who((role) => can(role, "read"))).toEqual([...ROLES]);
    for (const [action, minimum] of Object.entries(MINIMUM_ROLE) as [keyof typeof MINIMUM_ROLE, Role][]) {
      expect(who((role) => can(role, action))).toEqual(ROLES.slice(ROLES.indexOf(minimum)));
    }
  });

  it("lists the roles a rule holds for, for queries over memberships", () => {
    expect(rolesThat(canBeAssigned)).toEqual(["REVIEWER", "EDITOR", "OWNER"]);
  });
});

describe("canEditClaim", () => {
  it("lets editors and owners edit any claim, and a reviewer the claims they marked", () => {
    const mine = { createdById: ME };
    const theirs = { createdById: SOMEONE_ELSE };
    const orphaned = { createdById: null }; // its creator's account was removed, or it was imported
    expect(who((role) => canEditClaim(member(role), mine))).toEqual(["REVIEWER", "EDITOR", "OWNER"]);
    expect(who((role) => canEditClaim(member(role), theirs))).toEqual(["EDITOR", "OWNER"]);
    expect(who((role) => canEditClaim(member(role), orphaned))).toEqual(["EDITOR", "OWNER"]);
  });

  it("refuses a claim's creator who has been demoted to viewer", () => {
    expect(canEditClaim({ id: ME, role: "VIEWER" }, { createdById: ME })).toBe(false);
  });
});

describe("canDeleteClaim", () => {
  it("lets a reviewer delete a claim they marked until someone rates it; editors and owners any", () => {
    const table = (createdById: string, hasVerdicts: boolean) => who((role) => canDeleteClaim(member(role), { createdById, hasVerdicts }));
    expect(table(ME, false)).toEqual(["REVIEWER", "EDITOR", "OWNER"]);
    expect(table(ME, true)).toEqual(["EDITOR", "OWNER"]);
    expect(table(SOMEONE_ELSE, false)).toEqual(["EDITOR", "OWNER"]);
    expect(table(SOMEONE_ELSE, true)).toEqual(["EDITOR", "OWNER"]);
  });
});

describe("canRemoveEvidence", () => {
  it("lets editors and owners remove any evidence, and a reviewer what they added (not once a viewer)", () => {
    expect(who((role) => canRemoveEvidence(member(role), { createdById: ME }))).toEqual(["REVIEWER", "EDITOR", "OWNER"]);
    expect(who((role) => canRemoveEvidence(member(role), { createdById: SOMEONE_ELSE }))).toEqual(["EDITOR", "OWNER"]);
    expect(who((role) => canRemoveEvidence(member(role), { createdById: null }))).toEqual(["EDITOR", "OWNER"]);
  });
});

describe("blind review", () => {
  it("hides other reviewers' verdicts from a reviewer until their own is recorded, under blind review only", () => {
    const sees = (blindReview: boolean, hasOwnVerdict: boolean) => who((role) => canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict }));
    expect(sees(true, false)).toEqual(["VIEWER", "EDITOR", "OWNER"]);
    expect(sees(true, true)).toEqual([...ROLES]);
    expect(sees(false, false)).toEqual([...ROLES]);
    expect(sees(false, true)).toEqual([...ROLES]);
  });

  it("may hide something only from reviewers, and only under blind review", () => {
    expect(who((role) => blindReviewMayHide({ role, blindReview: true }))).toEqual(["REVIEWER"]);
    expect(who((role) => blindReviewMayHide({ role, blindReview: false }))).toEqual([]);
  });

  it("always shows a reader their own verdict; another's as canSeeOthersVerdicts says", () => {
    for (const role of ROLES) {
      for (const blindReview of [true, false]) {
        for (const hasOwnVerdict of [true, false]) {
          const reader = { role, blindReview, hasOwnVerdict };
          expect(canSeeVerdict(reader, { isOwn: true })).toBe(true);
          expect(canSeeVerdict(reader, { isOwn: false })).toBe(canSeeOthersVerdicts(reader));
        }
      }
    }
    expect(canSeeVerdict({ role: "REVIEWER", blindReview: true, hasOwnVerdict: false }, { isOwn: false })).toBe(false);
  });
});

describe("exports", () => {
  it("lets every member export the reports, and only editors and owners the lossless workspace JSON", () => {
    for (const format of EXPORT_FORMAT_IDS) {
      expect(who((role) => canExport(role, format)), format).toEqual(format === "json" ? ["EDITOR", "OWNER"] : [...ROLES]);
    }
    expect(Object.keys(EXPORT_MINIMUM_ROLE).sort()).toEqual([...EXPORT_FORMAT_IDS].sort());
  });

  it("serves a job's file only while its maker still holds the role it needed", () => {
    expect(who((role) => canDownloadJobFile(role, { requiredRole: EXPORT_MINIMUM_ROLE.json }))).toEqual(["EDITOR", "OWNER"]);
    expect(who((role) => canDownloadJobFile(role, { requiredRole: "VIEWER" }))).toEqual([...ROLES]);
  });
});
