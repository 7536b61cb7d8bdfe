import { apiHandler } from "@/lib/server/api/handler";
import { queueByAssignment } from "@/lib/server/api/keysets";
import { slicePage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { listMyQueue } from "@/lib/data/claims/queue";

// The "My queue" page's list, read whole as the page reads it, then paged.
export const GET = apiHandler(apiRoute("listMyQueue"), async ({ actor, slug, query }) =>
  slicePage(query, queueByAssignment, queueByAssignment.sort(await listMyQueue({ actor, slug }))),
);
