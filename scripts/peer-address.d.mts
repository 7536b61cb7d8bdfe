import type { IncomingMessage } from "node:http";

export declare const PEER_HEADER: string;
export declare function stampPeerAddress(request: IncomingMessage): void;
