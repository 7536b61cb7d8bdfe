import { apiHandler } from "@/lib/api/handler";
import { queueByAssignment } from "@/lib/api/keysets";
import { slicePage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/routes";
import { listMyQueue } from "@/lib/data/queue";

// The "My queue" page's list, read whole as the page reads it, then paged.
export const GET = apiHandler(apiRoute("listMyQueue"), async ({ actor, slug, query }) =>
  slicePage(query, queueByAssignment, queueByAssignment.sort(await listMyQueue({ actor, slug }))),
);
