// The small public pages for a fact-check that was withdrawn (410 Gone) and for anything that was never
// published (404): they say what happened without telling whether a private claim exists.
import { html } from "@/lib/formats/html";
import { publicDocument } from "./public-document";

export function renderGonePage(): string {
  return publicDocument({
    title: "Fact-check withdrawn",
    body: html`<main class="page gone"><h1>This fact-check was withdrawn</h1><p>The publisher has unpublished it, so it is no longer available here.</p></main>`,
  });
}

export function renderNotFoundPage(): string {
  return publicDocument({
    title: "Fact-check not found",
    body: html`<main class="page gone"><h1>No fact-check at this address</h1><p>Check the address: nothing was published here.</p></main>`,
  });
}

export function renderUnavailablePage(): string {
  return publicDocument({
    title: "Temporarily unavailable",
    body: html`<main class="page gone"><h1>Temporarily unavailable</h1><p>This fact-check cannot be shown right now. Please reload the page in a moment.</p></main>`,
  });
}
