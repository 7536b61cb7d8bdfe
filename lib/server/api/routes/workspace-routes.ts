import * as api from "@/lib/schemas/api";
import * as review from "@/lib/schemas/api-review";
import * as members from "@/lib/schemas/members";
import * as workspaceSettings from "@/lib/schemas/workspace";
import { eventStreamQuerySchema } from "@/lib/schemas/live-events";
import { LIVE_EVENT_NAMES } from "@/lib/domain/live-events";
import * as presence from "@/lib/schemas/presence";
import * as notifications from "@/lib/schemas/notifications";
import type { ApiRouteDef } from "../route-def";

// The workspace, its members and settings, and each person's notifications. Part of the /api/v1 route list (../routes.ts).

export const workspaceRoutes = [
  { id: "getWorkspace", method: "GET", path: "/workspaces/{slug}", tag: "Workspaces", summary: "The workspace and the caller's role in it", role: "VIEWER", response: api.workspaceResponse, status: 200 },
  { id: "getWorkspaceSettings", method: "GET", path: "/workspaces/{slug}/settings", tag: "Workspaces", summary: "The workspace's settings (owners): name, description, organisation, blind review and the recurring check for changes", role: "OWNER", response: workspaceSettings.workspaceSettingsResponse, status: 200 },
  {
    id: "updateWorkspaceSettings", method: "PATCH", path: "/workspaces/{slug}/settings", tag: "Workspaces", summary: "Change some of the workspace's settings (owners); the others stay as they are",
    description: "Send the version read from GET settings with the fields to change: another version answers 409 with the settings as they now are. sourceCheckHours turns the recurring check of web articles for changes on (6, 24 or 168 hours) or off (null).",
    role: "OWNER", body: workspaceSettings.workspaceSettingsPatchSchema, response: workspaceSettings.workspaceSettingsResponse, status: 200,
    errors: { "409": "Someone saved the settings since the version sent; nothing was changed (`current` holds the settings now)." },
  },
  { id: "listMembers", method: "GET", path: "/workspaces/{slug}/members", tag: "Workspaces", summary: "The members by name, with their roles (and emails, for an owner)", role: "VIEWER", response: review.memberListResponse, status: 200 },
  {
    id: "createWorkspace", method: "POST", path: "/workspaces", tag: "Workspaces", summary: "Start a workspace; the caller becomes its owner and only member",
    description: "With the session of a signed-in user. The slug is made from the name when left out (the first free one); a slug chosen and taken answers 409 with a `slug` field error.",
    role: "VIEWER", account: true, body: members.createWorkspaceSchema, response: members.createdWorkspaceResponse, status: 201,
  },
  {
    id: "streamEvents", method: "GET", path: "/workspaces/{slug}/events", tag: "Workspaces",
    summary: "What changes in the workspace, as it happens (Server-Sent Events)",
    description:
      `A text/event-stream that stays open. Each event has an \`id\`, an \`event\` name (${LIVE_EVENT_NAMES.join(", ")}) and a \`data\` line of JSON with ids only ` +
      "(claimId, articleId, entityId, actorId, reviewerId), never content: read what changed through the other endpoints. Events are filtered for the caller as those endpoints are: " +
      "under blind review, a reviewer who has not rated a claim gets `verdict.recorded` as `{ claimId, rated: true }` (no reviewer, no rating) and no disagreement changes of it. " +
      "A comment line comes every CLAIMBENCH_EVENT_HEARTBEAT_SECONDS (15) to keep proxies from closing the stream. Reconnect with the Last-Event-ID header (EventSource sends it itself) " +
      "or ?lastEventId= to receive exactly what was missed, in order; when that is older than CLAIMBENCH_EVENT_RETENTION_MINUTES (15), or after the server lost its database connection, " +
      "or when the client reads too slowly, a `resync` event says to reload what is shown. A member removed from the workspace, or a revoked token, loses the stream within seconds.",
    role: "VIEWER", query: eventStreamQuerySchema, raw: true, rawContent: { "text/event-stream": "Server-Sent Events: id, event and data (JSON) lines; comment lines as heartbeats" }, status: 200,
    headers: { "Last-Event-ID": { required: false, description: "The id of the last event received: what came after it is sent first." } },
    errors: { "422": "Last-Event-ID (or lastEventId) is not an event id." },
  },
  {
    id: "listPresence", method: "GET", path: "/workspaces/{slug}/presence", tag: "Workspaces",
    summary: "Who has an article or claim page open now, longest there first",
    description: "People whose page sent a heartbeat in the last 30 seconds and who are still members of the workspace, the caller included. Re-read it on each `presence` event of the page (its articleId or claimId).",
    role: "VIEWER", query: presence.presencePageSchema, response: presence.presenceListResponse, status: 200,
  },
  {
    id: "heartbeatPresence", method: "POST", path: "/workspaces/{slug}/presence", tag: "Workspaces",
    summary: "Say that the caller has a page open (every ~10 s while it is visible), reading or editing",
    description: "A row not refreshed for 30 seconds is no longer shown. When someone arrives, changes activity or is dropped as stale, a `presence` event names the page; a heartbeat that changes nothing records none. `changed` says which it was.",
    role: "VIEWER", body: presence.presenceHeartbeatSchema, response: presence.presenceChangeResponse, status: 200,
  },
  {
    id: "leavePresence", method: "POST", path: "/workspaces/{slug}/presence/leave", tag: "Workspaces",
    summary: "Say that the caller closed a page (navigator.sendBeacon on pagehide): others drop them at once",
    role: "VIEWER", body: presence.presencePageSchema, response: presence.presenceChangeResponse, status: 200,
  },
  { id: "listInvitations", method: "GET", path: "/workspaces/{slug}/invitations", tag: "Members", summary: "The workspace's invitations, newest first, each with its state", role: "OWNER", response: members.invitationListResponse, status: 200 },
  {
    id: "createInvitation", method: "POST", path: "/workspaces/{slug}/invitations", tag: "Members", summary: "Invite an address with a role: the answer holds the single-use link",
    description: "The link works once, for 7 days, and is shown only in this answer (with SMTP settings on the server it is also mailed). A newer invitation of the same address withdraws the older one. An address that is a member already answers 409, naming them.",
    role: "OWNER", body: members.createInvitationSchema, response: members.createdInvitationResponse, status: 201,
  },
  { id: "revokeInvitation", method: "DELETE", path: "/workspaces/{slug}/invitations/{invitationId}", tag: "Members", summary: "Withdraw an invitation: its link stops working", role: "OWNER", response: members.invitationResponse, status: 200, errors: { "409": "It has been accepted: remove the member instead." } },
  {
    id: "changeMemberRole", method: "PATCH", path: "/workspaces/{slug}/members/{userId}", tag: "Members", summary: "Change a member's role",
    description: "Send the member's version as read (GET members) to be sure nobody changed them meanwhile: another answers 409 with the role as it now is. The workspace's last owner cannot be demoted (409 with the reason).",
    role: "OWNER", body: members.changeMemberRoleSchema, pathInBody: ["userId"], response: members.changedMemberResponse, status: 200,
  },
  {
    id: "removeMember", method: "DELETE", path: "/workspaces/{slug}/members/{userId}", tag: "Members", summary: "Remove a member: their work stays, in their name; their API tokens for this workspace are revoked at once",
    description: "The last owner cannot be removed, nor leave (409 with the reason).",
    role: "OWNER", response: members.removedMemberResponse, status: 200,
  },
  {
    id: "leaveWorkspace", method: "DELETE", path: "/workspaces/{slug}/membership", tag: "Members", summary: "Leave the workspace: the caller's own membership ends; their work stays, in their name",
    description: "With a session, or a token of this workspace (which is revoked with the caller's other tokens here). The answer counts what was revoked. The last owner cannot leave (409 with the reason).",
    role: "VIEWER", response: members.leftWorkspaceResponse, status: 200,
  },
  {
    id: "listNotifications", method: "GET", path: "/workspaces/{slug}/notifications", tag: "Notifications",
    summary: "The caller's notifications in the workspace, newest first (the bell)",
    description: "Claims assigned to the caller, mentions, replies in threads they wrote in, and claims of theirs reopened or disputed by a reviewer split; never of their own actions. " +
      "Under blind review a notification about something the caller may not see yet (another reviewer's comment, a split) is listed once they have rated the claim. A `notification` event on the events stream, sent to the recipient only, says when to read again.",
    role: "VIEWER", query: notifications.notificationListQuerySchema, response: notifications.notificationListResponse, status: 200,
  },
  {
    id: "markNotificationsRead", method: "POST", path: "/workspaces/{slug}/notifications/read", tag: "Notifications",
    summary: "Mark notifications read: { ids } or { all: true }",
    description: "Naming a notification that is not the caller's in this workspace refuses the whole request (404) and marks nothing.",
    role: "VIEWER", body: notifications.markNotificationsReadSchema, response: notifications.markNotificationsReadResponse, status: 200,
  },
  {
    id: "getNotificationPreferences", method: "GET", path: "/me/notification-preferences", tag: "Notifications",
    summary: "The caller's notification choices, the same in all their workspaces",
    role: "VIEWER", account: true, response: notifications.notificationPreferencesResponse, status: 200,
  },
  {
    id: "updateNotificationPreferences", method: "PUT", path: "/me/notification-preferences", tag: "Notifications",
    summary: "Switch kinds of notification off (mutedKinds) and the daily digest by mail on or off",
    description: "With the session of a signed-in user. The daily digest can be switched on only where the server mails (CLAIMBENCH_SMTP_URL); elsewhere it answers 422.",
    role: "VIEWER", account: true, body: notifications.notificationPreferencesSchema, response: notifications.notificationPreferencesResponse, status: 200,
  },
] as const satisfies readonly ApiRouteDef[];
