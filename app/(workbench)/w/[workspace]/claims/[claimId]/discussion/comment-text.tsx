import { commentSegments } from "@/lib/domain/comments";

/**
 * A comment's text as text: React escapes it, so HTML in a comment shows as the characters typed. Only
 * http(s) addresses become links, marked as user content that search engines should not follow.
 */
export function CommentText({ body }: { body: string }) {
  return (
    <p dir="auto" className="whitespace-pre-wrap break-words">
      {commentSegments(body).map((segment, n) =>
        segment.kind === "link" ? (
          <a key={n} href={segment.href} rel="noopener noreferrer nofollow ugc" target="_blank" className="text-blue-800 underline">{segment.text}</a>
        ) : (
          <span key={n}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
