// Next's route handlers never see the socket, and Next fills in X-Forwarded-For only when a request
// has none (a client's own value is passed on untouched). So the server writes the socket's address
// into a header of its own on every request, replacing any value a client sent under that name;
// lib/server/http/client-address.ts reads it (the name is PEER_HEADER in lib/server/http/trusted-proxies.ts).
export const PEER_HEADER = "x-claimbench-peer";

/** @param {import("node:http").IncomingMessage} request */
export function stampPeerAddress(request) {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
}
