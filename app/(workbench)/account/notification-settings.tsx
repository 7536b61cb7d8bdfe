"use client";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";
import { saveNotificationPreferencesAction } from "@/lib/server/actions/notifications";

// A checkbox per kind of notification (ticked: on) and, where the server mails, the daily digest. The same
// choices hold in every workspace.
export function NotificationSettingsForm({ mutedKinds, dailyDigest, digestAvailable }: { mutedKinds: NotificationKind[]; dailyDigest: boolean; digestAvailable: boolean }) {
  const form = useActionForm();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    form.run(() => saveNotificationPreferencesAction(data), { notice: "Your notification settings were saved." });
  }
  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label="Notification settings" className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormStatus form={form} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Tell me in the bell when</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={kind} defaultChecked={!mutedKinds.includes(kind)} className="size-4" />
            {NOTIFICATION_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {digestAvailable ? (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="dailyDigest" defaultChecked={dailyDigest} className="size-4" aria-describedby="digest-hint" />
            Daily digest by email
          </label>
          <p id="digest-hint" className="mt-1 ml-6 text-xs text-slate-600">Once a day, a mail of what is still unread from the last day.</p>
          {form.fieldErrors.dailyDigest ? <p className="mt-1 ml-6 text-xs text-red-700">{form.fieldErrors.dailyDigest.join(" ")}</p> : null}
        </div>
      ) : null}
      <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…">Save notification settings</PendingButton>
    </form>
  );
}
