import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { getRatingScale } from "@/lib/data/rating-scale";

// The levels' ids are what verdicts (ratingId) and resolving (finalRatingId) take.
export const GET = apiHandler(apiRoute("getRatingScale"), ({ actor, slug }) => getRatingScale({ actor, slug }));
