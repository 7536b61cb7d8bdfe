// How the fetcher says no. Every refusal is the one error users are told about (AppError VALIDATION,
// so 422 in the API) with the reason under the `url` field, in the user's words: the forms show it
// beside the address, and a URL list reports it per address.
import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/uploads";

/** Longest address repeated in a message; the reason does the explaining. */
const SHOWN_URL_CHARS = 200;

export const shownUrl = (url: string) => (url.length > SHOWN_URL_CHARS ? `${url.slice(0, SHOWN_URL_CHARS)}…` : url);

export function fetchRefusal(url: string, reason: string): AppError {
  return new AppError("VALIDATION", `${shownUrl(url)} cannot be imported: ${reason}.`, { fieldErrors: { url: [reason] } });
}

/** The reason a refusal of the fetcher gave, or null for any other error. */
export function refusalReason(error: unknown): string | null {
  return error instanceof AppError && error.code === "VALIDATION" ? (error.details?.fieldErrors?.url?.[0] ?? null) : null;
}

/** "15 seconds", "1 second", "250 milliseconds". */
export function formatDuration(ms: number): string {
  if (ms % 1000 !== 0) return `${ms} milliseconds`;
  return ms === 1000 ? "1 second" : `${ms / 1000} seconds`;
}

export const REASONS = {
  invalid: "it is not a valid web address",
  credentials: "it holds a user name or password; remove them from the address",
  scheme: (protocol: string) => `it is not an http: or https: address (it starts with ${protocol}), and only those can be imported`,
  notFound: (host: string) => `its host name ${host} was not found`,
  tooManyRedirects: (max: number) => `it redirected more than ${max} times`,
  redirectWithoutLocation: (status: string) => `the server answered ${status} without saying where to`,
  badRedirect: "it redirected to an address that is not valid",
  status: (status: string) => `the server answered ${status}`,
  timeout: (ms: number) => `it did not answer within ${formatDuration(ms)}`,
  connectTimeout: (ms: number) => `its server did not accept a connection within ${formatDuration(ms)}`,
  tooLarge: (bytes: number) => `it is larger than the limit of ${formatBytes(bytes)} for a fetched page`,
  encoding: (encoding: string) => `it is compressed with ${encoding}, which Claimbench cannot read`,
  damaged: "its compressed content is damaged",
  refused: "its server refused the connection",
  reset: "its server cut the connection off",
  tls: "its HTTPS certificate is not valid for this address",
  unreachable: "its server could not be reached",
  failed: "it could not be read",
} as const;

/** A hop's reason as part of a redirect's: "it points at …" becomes "it redirected to <url>, which points at …". */
export function redirectReason(target: string, reason: string): string {
  return `it redirected to ${shownUrl(target)}, ${reason.startsWith("it ") ? `which ${reason.slice(3)}` : `and ${reason}`}`;
}
