// The demo seed of a first start (scripts/start.ts). The seed takes many transactions, so a start
// killed half-way (kill -9, a power cut) would leave a half-seeded demo that the next start took
// for someone's data and never finished. A marker says where it got to: "started" is written before
// the first row, "done" after the last. A start that finds "started" removes the half-built demo
// workspace and seeds it again (the users it created are kept: seeding reuses them).
import { deleteInterruptedSeedWorkspace, getDemoSeedState, isDatabaseEmpty, setDemoSeedState } from "@/lib/data/instance";
import { DEMO_WORKSPACE, seedDemo } from "./demo";

export type FirstRunSeed = { seeded: false } | { seeded: true; resumed: boolean; report: Awaited<ReturnType<typeof seedDemo>> };

export async function seedDemoOnFirstRun(): Promise<FirstRunSeed> {
  const state = await getDemoSeedState();
  if (state === "done") return { seeded: false };
  // No marker: a first run only when there is no user yet. A database that already has users is
  // someone's data (or was seeded before the marker existed): never touched.
  if (state === null && !(await isDatabaseEmpty())) return { seeded: false };
  const resumed = state === "started";
  if (resumed) await deleteInterruptedSeedWorkspace(DEMO_WORKSPACE.slug);
  else await setDemoSeedState("started");
  const report = await seedDemo();
  await setDemoSeedState("done");
  return { seeded: true, resumed, report };
}
