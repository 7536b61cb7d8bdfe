import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { listApiTokens } from "@/lib/data/workspaces/api-tokens";
import { getRatingScaleForEditing } from "@/lib/data/workspaces/rating-scale";
import { getWorkspaceSettings } from "@/lib/data/workspaces/workspaces";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { ApiTokens, type TokenRow } from "./api-tokens";
import { RatingScaleEditor } from "./rating-scale-editor";
import { SettingsForm } from "./settings-form";
import { openWorkspacePage } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function SettingsPage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user } = await openWorkspacePage(props, { path: "settings", role: MINIMUM_ROLE.manageWorkspace });
  const [settings, scale, tokens] = await Promise.all([
    getWorkspaceSettings({ actor: user, slug }),
    getRatingScaleForEditing({ actor: user, slug }),
    listApiTokens({ actor: user, slug }),
  ]);

  return (
    <main className="mx-auto max-w-3xl space-y-10 px-6 py-8">
      <section>
        <h1 className="text-2xl font-semibold">Workspace settings</h1>
        <SettingsForm
          slug={slug}
          initial={{
            workspaceId: settings.id,
            version: settings.version,
            name: settings.name,
            description: settings.description ?? "",
            organizationName: settings.organizationName ?? "",
            blindReview: settings.blindReview,
            sourceCheckHours: settings.sourceCheckHours === null ? "" : String(settings.sourceCheckHours),
            publisherLogoUrl: settings.publisherLogoUrl ?? "",
            publicBaseUrl: settings.publicBaseUrl ?? "",
          }}
        />
      </section>
      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading" className="text-lg font-semibold">Rating scale</h2>
        <p className="mt-1 text-sm text-slate-600">
          The ratings reviewers choose from, in order. The value ranks a rating for agreement statistics and ClaimReview exports; leave it
          empty for a rating outside the scale, such as Unverifiable. The colour marks resolved claims in the reader.
        </p>
        <RatingScaleEditor slug={slug} initial={scale} />
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="text-lg font-semibold">API tokens</h2>
        <p className="mt-1 text-sm text-slate-600">
          Personal tokens let scripts and integrations use the <Link href="/docs/api" className="text-blue-700 underline">HTTP API</Link> as
          you, with your role in this workspace. Only owners create them; any owner can revoke any token here.
        </p>
        <ApiTokens slug={slug} tokens={tokens.map(toTokenRow)} />
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">Members</h2>
        <p className="mt-1 text-sm text-slate-600">
          Invite people, change roles and remove members on the <Link href={`/w/${slug}/members`} className="text-blue-700 underline">Members page</Link>.
        </p>
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {settings.members.map((member) => (
            <li key={member.id} className="flex items-center justify-between px-4 py-2.5 text-sm">
              <span>
                <bdi className="font-medium">{member.name}</bdi> <span className="text-slate-500">{member.email}</span>
              </span>
              <Badge tone={member.role === "OWNER" ? "blue" : "neutral"}>{ROLE_LABELS[member.role]}</Badge>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function toTokenRow(token: Awaited<ReturnType<typeof listApiTokens>>[number]): TokenRow {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const status = token.revokedAt
    ? `Revoked ${day(token.revokedAt)}`
    : token.expiresAt && token.expiresAt.getTime() <= Date.now()
      ? `Expired ${day(token.expiresAt)}`
      : token.expiresAt
        ? `Active until ${day(token.expiresAt)}`
        : "Active";
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    readOnly: token.readOnly,
    owner: token.user.name,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revoked: token.revokedAt !== null,
    status,
  };
}
