import { z } from "zod";
import { PRESENCE_ACTIVITIES, PRESENCE_PAGE_KINDS } from "@/lib/domain/presence";
import { idSchema } from "./common";

// Presence's inputs: which page (kind and id), and for a heartbeat what the person is doing there.

const kind = z.enum(PRESENCE_PAGE_KINDS, { error: `Send kind "article" or "claim": the kind of page that is open.` });
const activity = z.enum(PRESENCE_ACTIVITIES, { error: `Send activity "reading" or "editing".` });

export const presencePageSchema = z.strictObject({ kind, id: idSchema });
export type PresencePage = z.infer<typeof presencePageSchema>;

export const presenceHeartbeatSchema = z.strictObject({ kind, id: idSchema, activity });
export type PresenceHeartbeat = z.infer<typeof presenceHeartbeatSchema>;

export const presenceListResponse = z.object({
  people: z.array(z.object({
    userId: z.uuid(),
    name: z.string(),
    activity,
    since: z.string().describe("ISO 8601 date-time: when they arrived or started doing what they do now"),
  })),
});
export type PresenceList = z.infer<typeof presenceListResponse>;

export const presenceChangeResponse = z.object({ changed: z.boolean().describe("Whether the people others see on the page changed (a `presence` event was recorded)") });
