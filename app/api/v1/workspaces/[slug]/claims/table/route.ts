import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { AppError } from "@/lib/errors";
import { listClaimTable } from "@/lib/data/claims/claim-table";
import { CURSOR_MESSAGE, encodeCursor } from "@/lib/schemas/api";
import { tableCursorKey, tableSeekOf } from "@/lib/schemas/claim-table";

export const GET = apiHandler(apiRoute("listClaimTable"), async ({ actor, slug, query: { limit, cursor, ...query } }) => {
  const after = cursor === null ? null : tableSeekOf(query, cursor);
  if (cursor !== null && after === null) throw new AppError("VALIDATION", CURSOR_MESSAGE, { fieldErrors: { cursor: [CURSOR_MESSAGE] } });
  const page = await listClaimTable({ actor, slug, query, limit, after });
  return { items: page.rows, next: page.next ? encodeCursor(tableCursorKey(query, page.next)) : null, reviewers: page.reviewers };
});
