/** A set-up problem the user can fix; its message says how. Printed without a stack trace. */
export class DbSetupError extends Error {
  override name = "DbSetupError";
}
