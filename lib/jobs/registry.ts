import "server-only";
import { articleImportJob } from "./article-import-job";
import { exportJob } from "./export-job";
import { urlImportJob } from "./url-import-job";
import type { JobKind } from "./job-kinds";

// Every job kind the workers run (see README.md for adding one).
export const JOB_KINDS: Record<string, JobKind<unknown>> = {
  [exportJob.kind]: exportJob,
  [articleImportJob.kind]: articleImportJob,
  [urlImportJob.kind]: urlImportJob,
};
