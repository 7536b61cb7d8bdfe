import { eventsRouteHandler } from "@/lib/server/live/events-route";
import { getServerLiveHub } from "@/lib/server/live/server-hub";

export const GET = eventsRouteHandler(getServerLiveHub);
