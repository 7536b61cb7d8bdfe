import "server-only";
import { getDb } from "@/lib/db/client";

/** True on a brand-new database: the moment to seed the demo workspace. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return (await getDb().user.count()) === 0;
}
