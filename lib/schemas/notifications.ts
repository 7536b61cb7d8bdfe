import { z } from "zod";
import { NOTIFICATION_KINDS, NOTIFICATION_PAGE_MAX } from "@/lib/domain/notifications";
import { idSchema } from "./common";

// Notifications' inputs and answers: reading the bell, marking lines read, a person's preferences.

const kind = z.enum(NOTIFICATION_KINDS, { error: `Each kind is one of ${NOTIFICATION_KINDS.join(", ")}.` });
const limitMessage = `limit is a whole number from 1 to ${NOTIFICATION_PAGE_MAX}.`;

export const notificationListQuerySchema = z.object({
  unread: z.enum(["true", "false"], { error: `Send unread=true for unread notifications only, or unread=false (the default) for all.` }).optional()
    .transform((value) => value === "true").describe("true: unread notifications only"),
  limit: z.coerce.number({ error: limitMessage }).int(limitMessage).min(1, limitMessage).max(NOTIFICATION_PAGE_MAX, limitMessage).default(20)
    .describe(`How many, newest first (at most ${NOTIFICATION_PAGE_MAX})`),
  cursor: idSchema.optional().describe("The nextCursor of the previous page: the notifications older than it"),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

const idsMessage = "Send { \"ids\": [ids of your notifications] } or { \"all\": true }.";
export const markNotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(idSchema, { error: idsMessage }).min(1, "Name at least one notification, or send { \"all\": true }.").max(200, "At most 200 ids at once; send { \"all\": true } to mark everything read.") }),
  z.strictObject({ all: z.literal(true, { error: idsMessage }) }),
], { error: idsMessage });
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;

export const notificationPreferencesSchema = z.strictObject({
  mutedKinds: z.array(kind, { error: `mutedKinds lists the kinds switched off: any of ${NOTIFICATION_KINDS.join(", ")} (an empty list: all on).` })
    .max(NOTIFICATION_KINDS.length, "List each kind at most once.")
    .transform((kinds) => [...new Set(kinds)]),
  dailyDigest: z.boolean({ error: "dailyDigest is true or false." }),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** The account page's form: a checkbox per kind that is on ("on" when ticked), and the digest's. */
export const notificationPreferencesFormSchema = z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.literal("on").optional()])))
  .extend({ dailyDigest: z.literal("on").optional() })
  .transform((form): NotificationPreferencesInput => ({
    mutedKinds: NOTIFICATION_KINDS.filter((k) => form[k] !== "on"),
    dailyDigest: form.dailyDigest === "on",
  }));

export const notificationResponse = z.object({
  id: z.uuid(),
  kind,
  text: z.string().describe("Who did what on which claim, as the bell shows it"),
  claimId: z.uuid().nullable(),
  commentId: z.uuid().nullable(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable().describe("Null when blind review keeps who it was from you"),
  createdAt: z.string().describe("ISO 8601 date-time"),
  readAt: z.string().nullable().describe("ISO 8601 date-time; null: unread"),
  href: z.string().describe("The claim's page in the app, relative to its address"),
});

export const notificationListResponse = z.object({
  notifications: z.array(notificationResponse),
  unreadCount: z.number().int().describe("All of your unread notifications in this workspace"),
  nextCursor: z.uuid().nullable().describe("Pass as cursor for older ones; null: no more"),
});
export type NotificationList = z.infer<typeof notificationListResponse>;

export const markNotificationsReadResponse = z.object({
  marked: z.number().int().describe("How many were unread and are read now"),
  unreadCount: z.number().int(),
});

export const notificationPreferencesResponse = z.object({
  mutedKinds: z.array(kind),
  dailyDigest: z.boolean(),
  digestAvailable: z.boolean().describe("Whether this server mails (SMTP configured): the daily digest can only be switched on then"),
});
