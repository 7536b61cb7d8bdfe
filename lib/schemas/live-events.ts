import { z } from "zod";

// The events stream's input: where a reconnecting client left off. EventSource sends it as the
// Last-Event-ID header by itself; ?lastEventId= is for clients that cannot set headers.

/** The largest Postgres bigint: no event id is larger. */
const BIGINT_MAX = 9_223_372_036_854_775_807n;

export const lastEventIdSchema = z
  .string()
  .regex(/^\d{1,19}$/, "Send the id of the last event received, a whole number such as 1042.")
  .transform((value) => BigInt(value))
  .refine((value) => value <= BIGINT_MAX, "No event has that id: send the id of the last event received.");

export const eventStreamQuerySchema = z.object({
  lastEventId: lastEventIdSchema.optional().describe("The id of the last event received, when the Last-Event-ID header cannot be sent."),
});
