import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";

/** Whoever is acting: a signed-in user or an API token's user. */
export interface Actor {
  id: string;
  /**
   * The actor's access to one workspace, already read in this request (the API wrapper reads it
   * before any handler runs). getWorkspaceAccess answers from it instead of reading it again, so a
   * request checks membership once. Never carry an actor with this across requests.
   */
  readonly checked?: WorkspaceAccess;
}

// Access rules as reusable `where` fragments: a row is visible only through a membership of its
// workspace, so a forgotten check returns nothing rather than another desk's data.
export function workspaceScope(actor: Actor, slug?: string): Prisma.WorkspaceWhereInput {
  return { ...(slug ? { slug } : {}), memberships: { some: { userId: actor.id } } };
}

export function memberOf(actor: Actor, slug?: string) {
  return { workspace: workspaceScope(actor, slug) };
}

export function articleScope(actor: Actor, slug?: string): Prisma.ArticleWhereInput {
  return memberOf(actor, slug);
}

export interface WorkspaceAccess {
  /** blindReview rides along: listing queries need it to apply blind review (lib/data/verdicts/verdict-visibility.ts). */
  workspace: { id: string; slug: string; name: string; blindReview: boolean };
  role: Role;
}
