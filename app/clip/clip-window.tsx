"use client";
import Link from "next/link";
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { PendingButton } from "@/app/_components/button";
import { SelectField } from "@/app/_components/field";
import { CLIP_MESSAGES } from "@/lib/domain/bookmarklet";
import { articlePassageHref } from "@/lib/domain/passage-link";
import { readClipMessage, type ClipMessageVerdict } from "@/lib/schemas/clip";
import { formatBytes } from "@/lib/uploads";
import { importClip, type ClipImportResult } from "./import-clip";

type ClipPage = Extract<ClipMessageVerdict, { kind: "page" }>["page"];
type State =
  | { kind: "waiting"; notice?: string }
  | { kind: "page"; page: ClipPage; pending: boolean; result?: Exclude<ClipImportResult, { kind: "imported" }> };

interface Workspace {
  slug: string;
  name: string;
}

/** A window opened small by the bookmarklet, grown to read the article in (a browser may refuse: it stays as it is). */
function growWindow() {
  try {
    window.resizeTo(Math.min(1280, window.screen.availWidth), Math.min(900, window.screen.availHeight));
  } catch {
    // Only windows a script opened may be resized; this one is then read at its own size.
  }
}

// Whether a window opened this one: it does not change while the page lives. The server cannot know and
// renders the waiting state; the browser then says.
const noSubscription = () => () => {};
const useHasOpener = () => useSyncExternalStore(noSubscription, () => window.opener !== null, () => true);

export function ClipWindow({ workspaces, chosen }: { workspaces: Workspace[]; chosen: string | null }) {
  const hasOpener = useHasOpener();
  const [state, setState] = useState<State>({ kind: "waiting" });
  const [slug, setSlug] = useState(chosen ?? "");
  const statusId = useId();

  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener) return;
    const onMessage = (event: MessageEvent) => {
      // Only the window that opened this one may hand a page over (checked in readClipMessage).
      const verdict = readClipMessage({ data: event.data, origin: event.origin, fromOpener: event.source === window.opener });
      if (verdict.kind === "ignored") return;
      setState((current) => {
        // While an import runs, or once a page is here, a second message changes nothing under the reader's eyes.
        if (current.kind === "page") return current;
        return verdict.kind === "refused" ? { kind: "waiting", notice: verdict.reason } : { kind: "page", page: verdict.page, pending: false };
      });
    };
    window.addEventListener("message", onMessage);
    // "*": this window cannot know which site opened it (a page of another origin does not reveal its
    // address), and the message carries nothing but "ready". The page that waits for it checks that
    // it comes from the app's origin and from the window it opened; the page's own data comes back
    // only to this origin (the bookmarklet posts it with the app's origin as targetOrigin).
    opener.postMessage({ type: CLIP_MESSAGES.ready }, "*");
    return () => window.removeEventListener("message", onMessage);
  }, []);

  // Opened by hand, or by a page that kept no link to it: nothing can hand a page over.
  if (!hasOpener) {
    return (
      <div className="space-y-2 text-sm text-slate-700">
        <p>This window takes pages from the <strong>Clip to Claimbench</strong> bookmarklet, and none opened it.</p>
        <p>Drag the bookmarklet to your bookmarks bar from <Link href="/account#clip-heading" className="text-blue-800 underline">your account page</Link> or a workspace&apos;s import page, then click it on the news page you want to import.</p>
        <p className="text-slate-500">Clicked it on a page and still see this? That site keeps the windows it opens apart from itself (Cross-Origin-Opener-Policy), so it cannot hand itself over: save the page as a file and upload it on the import page instead.</p>
      </div>
    );
  }
  if (state.kind === "waiting") {
    return (
      <div className="space-y-2 text-sm text-slate-700">
        <p role="status">Waiting for the page to hand itself over…</p>
        {state.notice ? <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">{state.notice}</p> : null}
        <p className="text-slate-500">Nothing happening? Go back to the page and click the bookmarklet again.</p>
      </div>
    );
  }

  const { page, pending, result } = state;
  const selected = page.selection.trim() !== "";
  async function submit() {
    if (!slug) return;
    setState({ kind: "page", page, pending: true });
    const outcome = await importClip(slug, page);
    if (outcome.kind === "imported") {
      growWindow();
      window.location.assign(articlePassageHref(slug, outcome.articleId, { passage: outcome.passage, selected }));
      return;
    }
    setState({ kind: "page", page, pending: false, result: outcome });
    document.getElementById(statusId)?.focus();
  }

  return (
    <form className="space-y-4" onSubmit={(event) => { event.preventDefault(); void submit(); }} aria-labelledby="clip-page-heading">
      <section className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="clip-page-heading" className="font-semibold break-words" dir="auto">{page.title.trim() || "Untitled page"}</h2>
        <p className="text-xs break-all text-slate-600">{page.url}</p>
        <p className="text-xs text-slate-500">{formatBytes(new TextEncoder().encode(page.html).byteLength)} of HTML, as your browser shows the page.</p>
        {selected ? (
          <figure className="pt-2">
            <figcaption className="text-xs font-medium tracking-wide text-slate-500 uppercase">Your selection, to mark as a claim</figcaption>
            <blockquote dir="auto" className="mt-1 max-h-24 overflow-y-auto border-s-4 border-amber-300 ps-3 font-serif text-sm" data-testid="clip-selection">{page.selection.trim()}</blockquote>
          </figure>
        ) : null}
      </section>
      {workspaces.length === 0 ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Importing takes the editor role, and you have it in none of your workspaces. Ask a workspace&apos;s owner to make you an editor, or start a workspace of your own.
        </p>
      ) : (
        <>
          <SelectField label="Workspace" name="workspace" value={slug} onChange={(event) => setSlug(event.target.value)} disabled={pending} hint="Workspaces where you may import articles; the last one you clipped into comes first.">
            {workspaces.map((workspace) => <option key={workspace.slug} value={workspace.slug}>{workspace.name}</option>)}
          </SelectField>
          <PendingButton type="submit" pending={pending} pendingLabel="Importing…">Import</PendingButton>
        </>
      )}
      <ImportOutcome id={statusId} result={result} slug={slug} selected={selected} />
    </form>
  );
}

function ImportOutcome({ id, result, slug, selected }: { id: string; result?: Exclude<ClipImportResult, { kind: "imported" }>; slug: string; selected: boolean }) {
  if (!result) return null;
  if (result.kind === "duplicate") {
    return (
      <div id={id} role="status" tabIndex={-1} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        <p>{result.message}</p>
        <p className="mt-1"><a href={articlePassageHref(slug, result.articleId, { passage: result.passage, selected })} className="font-medium text-blue-800 underline">Open the article already in the workspace</a></p>
      </div>
    );
  }
  return (
    <div id={id} role="alert" tabIndex={-1} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{result.message}</p>
      {result.signIn ? <p className="mt-1"><a href="/login?callbackUrl=%2Fclip" className="font-medium text-blue-800 underline">Sign in again</a>; this window then asks the page for itself once more.</p> : null}
    </div>
  );
}
