// @vitest-environment jsdom
import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { PendingButton } from "./button";
import { Field } from "./field";
import { FormStatus } from "./form-status";
import { UNREACHABLE_MESSAGE, useActionForm } from "./use-action-form";

// React's act() wants to be told it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Result = ActionResult<{ version: number }>;

/** A form as the app writes one: a field, the status, a button; the action answers when the test says. */
function SourceTitleForm({ answers }: { answers: Promise<Result>[] }) {
  const form = useActionForm();
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <form
      id={form.formId}
      onSubmit={(event) => {
        event.preventDefault();
        form.run(() => answers.shift()!, { notice: (data) => `Saved as version ${data.version}.`, onSuccess: (data) => setSaved(data.version) });
      }}
    >
      <FormStatus form={form}>{form.conflict ? <p>Saved now: {String((form.conflict as { title: string }).title)}</p> : null}</FormStatus>
      <Field label="Notes" name="notes" />
      <Field label="Title" name="title" errors={form.fieldErrors.title} />
      <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…">Save</PendingButton>
      <output>{saved ?? ""}</output>
    </form>
  );
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.body.appendChild(document.createElement("div"));
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function deferred() {
  let settle!: (result: Result) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<Result>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { promise, settle, fail };
}

const button = () => container.querySelector("button")!;
const alert = () => container.querySelector('[role="alert"]');
const status = () => container.querySelector('[role="status"]');

async function submit(answers: Promise<Result>[]) {
  await act(async () => root.render(<SourceTitleForm answers={answers} />));
  await act(async () => button().click());
}

describe("useActionForm with FormStatus", () => {
  it("says it is saving, then shows the field error beside its field and puts focus there", async () => {
    const answer = deferred();
    await submit([answer.promise]);
    expect(button().textContent).toBe("Saving…");
    expect(button().disabled).toBe(true);

    await act(async () => answer.settle({ ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: { title: ["Give the source a title."] } }));
    expect(alert()?.textContent).toBe("Some fields need attention.");
    const title = container.querySelector<HTMLInputElement>("#field-title")!;
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(title.getAttribute("aria-describedby")!)?.textContent).toBe("Give the source a title.");
    expect(document.activeElement).toBe(title);
    expect(button().textContent).toBe("Save");
    expect(button().disabled).toBe(false);
  });

  it("focuses the message when no field is to blame, and shows what a conflict found inside it", async () => {
    await submit([Promise.resolve({ ok: false, code: "CONFLICT", message: "Someone else saved this source.", current: { title: "Their title" } })]);
    expect(alert()?.textContent).toBe("Someone else saved this source.Saved now: Their title");
    expect(document.activeElement).toBe(alert());
    expect(container.querySelector('[aria-invalid="true"]')).toBeNull();
  });

  it("replaces the error with the success notice on the next try, and hands the data on", async () => {
    const second = deferred();
    await submit([Promise.resolve({ ok: false, code: "FORBIDDEN", message: "Only editors can change sources." }), second.promise]);
    expect(alert()?.textContent).toBe("Only editors can change sources.");

    await act(async () => button().click());
    expect(alert()).toBeNull(); // gone at once: the next message is announced even if it is the same
    await act(async () => second.settle({ ok: true, data: { version: 4 } }));
    expect(status()?.textContent).toBe("Saved as version 4.");
    expect(container.querySelector("output")?.textContent).toBe("4");
    expect(alert()).toBeNull();
  });

  it("says the server could not be reached when the request itself fails", async () => {
    const answer = deferred();
    await submit([answer.promise]);
    await act(async () => answer.fail(new TypeError("Failed to fetch")));
    expect(alert()?.textContent).toBe(UNREACHABLE_MESSAGE);
    expect(button().disabled).toBe(false);
  });
});
