import type { ReviewRating } from "./claimreview-stance";

/** An outside fact-check (one ClaimReview) as read from a file, a page or a feed: what the import keeps of it. */
export interface ParsedClaimReview {
  claimReviewed: string;
  url: string;
  title: string;
  /** The fact-checker's name. */
  publisher: string | null;
  /** The fact-checker's site, as a host name ("factcheck.afp.com"). */
  publisherSite: string | null;
  /** yyyy-mm-dd: when the fact-check was published. */
  publishedAt: string | null;
  /** A short language code ("ar"), from the review or else the page that holds it. */
  language: string | null;
  rating: ReviewRating;
  claimant: string | null;
}
