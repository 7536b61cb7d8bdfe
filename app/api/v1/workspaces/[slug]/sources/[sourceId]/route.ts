import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { getSource, updateSource } from "@/lib/data/sources/sources";
import { notFound } from "@/lib/errors";

export const GET = apiHandler(apiRoute("getSource"), async ({ actor, slug, params }) => {
  const source = await getSource({ actor, slug, sourceId: params.sourceId });
  if (!source) throw notFound("That source");
  return source;
});

export const PUT = apiHandler(apiRoute("updateSource"), ({ actor, slug, body }) => updateSource({ actor, slug, input: body }));
