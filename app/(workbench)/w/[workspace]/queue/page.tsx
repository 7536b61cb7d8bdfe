import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { listMyQueue } from "@/lib/data/claims/queue";
import { StatusBadge } from "../_claims/status-badge";
import { TableHead } from "@/app/_components/table-head";
import { openWorkspacePage } from "@/lib/server/http/page";
import { LiveRefresh } from "@/app/_components/live/live-refresh";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user } = await openWorkspacePage(props, { path: "queue" });
  const queue = await listMyQueue({ actor: user, slug });

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <LiveRefresh scope={{ kind: "my-queue" }} />
      <h1 className="text-2xl font-semibold">My queue</h1>
      <p className="mt-1 text-sm text-slate-600">Claims assigned to you that wait for your verdict. A claim leaves the queue once you record one.</p>
      {queue.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          Nothing waits for your verdict. When an editor assigns you a claim, it appears here; meanwhile, browse the{" "}
          <Link href={`/w/${slug}/claims`} className="text-blue-800 underline">claims</Link>.
        </p>
      ) : (
        <table className="mt-6 w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm ring-1 ring-slate-200" aria-label="Claims waiting for your verdict">
          <TableHead columns={["Claim", "Article", "Status", "Assigned"]} />
          <tbody className="divide-y divide-slate-100">
            {queue.map((item) => (
              <tr key={item.id}>
                <td className="px-4 py-3">
                  <Link href={`/w/${slug}/claims/${item.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{item.statement}</Link>
                </td>
                <td className="px-4 py-3" dir="auto">
                  <Link href={`/w/${slug}/articles/${item.article.id}`} className="text-slate-700 hover:underline"><bdi>{item.article.title}</bdi></Link>
                </td>
                <td className="px-4 py-3"><StatusBadge status={item.status} /></td>
                <td className="px-4 py-3 text-slate-600">
                  {formatDate(item.assignedAt)}
                  {item.assignedBy ? <span className="block text-xs text-slate-500">by {item.assignedBy}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
