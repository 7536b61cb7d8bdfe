import { z } from "zod";
import { idSchema } from "./common";

// The form sends what the editor changed (ticked and unticked), not the whole list, so that two
// editors assigning at once add to each other's work instead of overwriting it.
export const updateAssignmentsSchema = z
  .object({
    claimId: idSchema,
    assign: z.array(idSchema).max(100).default([]),
    unassign: z.array(idSchema).max(100).default([]),
  })
  .refine((input) => !input.assign.some((id) => input.unassign.includes(id)), {
    path: ["assign"],
    message: "A reviewer cannot be assigned and unassigned at once.",
  });

export type UpdateAssignmentsInput = z.infer<typeof updateAssignmentsSchema>;
