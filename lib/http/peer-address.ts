// The address of a request's TCP peer, for route handlers, which only get headers.
// Every header a client sends can be forged, so the server stamps each request with its
// socket's address itself, under a header name drawn at random when the process starts:
// no client can guess it, so none can set it. instrumentation.ts installs the stamp; Node
// publishes 'http.server.request.start' for every request before Next sees it.
import { randomBytes } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

const KEY = Symbol.for('sahifa.peerHeader');
type Holder = { [KEY]?: string };

/** Stamps every request this process serves from now on; idempotent. Returns the header name. */
export function installPeerStamp(): string {
  const g = globalThis as Holder;
  if (g[KEY]) return g[KEY];
  const name = `x-sahifa-peer-${randomBytes(12).toString('hex')}`;
  dc.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[name] = socket.remoteAddress ?? '';
  });
  g[KEY] = name;
  return name;
}

/** The header the stamp is under, once installed (tests set it on their own requests). */
export const peerHeaderName = (): string | undefined => (globalThis as Holder)[KEY];

/** The socket address of the request, or undefined when it was not stamped. */
export function peerAddress(headers: Headers): string | undefined {
  const name = peerHeaderName();
  return (name && headers.get(name)) || undefined;
}
