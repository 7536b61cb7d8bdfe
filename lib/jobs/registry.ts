import "server-only";
import { exportJob } from "./export-job";
import type { JobKind } from "./job-kinds";

// Every job kind the workers run. The article bulk import joins here after merge (see README.md).
export const JOB_KINDS: Record<string, JobKind<unknown>> = {
  [exportJob.kind]: exportJob,
};
