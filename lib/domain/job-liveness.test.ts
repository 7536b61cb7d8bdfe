import { describe, expect, it } from "vitest";
import { DEFAULT_JOB_LIVENESS, longestLostJobMs, readJobLiveness } from "./job-liveness";

describe("job liveness settings", () => {
  it("by default fail a crashed worker's job within a minute of its last heartbeat, yet allow a live job to miss three heartbeats", () => {
    const liveness = readJobLiveness({});
    expect(liveness).toEqual(DEFAULT_JOB_LIVENESS);
    expect(longestLostJobMs(liveness)).toBeLessThanOrEqual(60_000);
    expect(liveness.staleMs).toBeGreaterThanOrEqual(3 * liveness.heartbeatMs);
  });

  it("read seconds (fractions too) and the poll in milliseconds from the environment", () => {
    expect(readJobLiveness({
      CLAIMBENCH_JOB_HEARTBEAT_SECONDS: "0.5", CLAIMBENCH_JOB_STALE_SECONDS: "2", CLAIMBENCH_JOB_STALE_SWEEP_SECONDS: "1", CLAIMBENCH_JOB_CANCEL_POLL_MS: "250",
    })).toEqual({ heartbeatMs: 500, staleMs: 2000, staleSweepMs: 1000, cancelPollMs: 250 });
  });

  it("refuse a setting that is not a positive number, or a threshold that live jobs could not keep up with, naming the variable", () => {
    expect(() => readJobLiveness({ CLAIMBENCH_JOB_HEARTBEAT_SECONDS: "ten" })).toThrow(/CLAIMBENCH_JOB_HEARTBEAT_SECONDS must be a positive number, not "ten"/);
    expect(() => readJobLiveness({ CLAIMBENCH_JOB_STALE_SWEEP_SECONDS: "0" })).toThrow(/CLAIMBENCH_JOB_STALE_SWEEP_SECONDS/);
    expect(() => readJobLiveness({ CLAIMBENCH_JOB_STALE_SECONDS: "15" })).toThrow(/CLAIMBENCH_JOB_STALE_SECONDS \(15\) must be at least 3 heartbeats \(CLAIMBENCH_JOB_HEARTBEAT_SECONDS is 10\)/);
  });
});
