import { NavLink } from "@/app/_components/nav-link";
import { countMyQueue } from "@/lib/data/claims/queue";
import type { Actor } from "@/lib/data/scope";

/** "My queue" in the workspace's navigation, with how many claims wait for the user's verdict. */
export async function QueueNavLink({ slug, actor }: { slug: string; actor: Actor }) {
  const count = await countMyQueue({ actor, slug });
  return (
    <NavLink href={`/w/${slug}/queue`}>
      My queue
      {count > 0 ? (
        <span className="ml-1.5 rounded-full bg-blue-700 px-1.5 py-0.5 text-xs font-medium text-white">{count}<span className="sr-only"> waiting</span></span>
      ) : null}
    </NavLink>
  );
}
