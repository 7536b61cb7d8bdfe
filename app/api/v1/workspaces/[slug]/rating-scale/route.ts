import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";

// The levels' ids are what verdicts (ratingId) and resolving (finalRatingId) take.
export const GET = apiHandler(apiRoute("getRatingScale"), ({ actor, slug }) => getRatingScale({ actor, slug }));
