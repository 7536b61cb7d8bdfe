/** The outcome of a form's last submission: a confirmation or what went wrong. */
export function FormStatus({ status }: { status: { ok: boolean; message: string } | null }) {
  if (!status) return null;
  return (
    <p role={status.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${status.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
      {status.message}
    </p>
  );
}
