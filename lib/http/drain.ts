// Stopping without an error for anyone: on SIGTERM (a release, a scaler) or SIGINT the
// instance stops taking connections, answers what it was asked, then exits; nothing already
// accepted is cut off unless it outlasts the bound (DRAIN_TIMEOUT_MS, 10 s).
//
// `next start` on its own closes the listening socket and waits for every connection to end,
// but keeps them alive: behind nginx, whose pooled connections are never idle under load, it
// keeps answering on them and never ends, with no bound. So, next to Next's handler: each
// answer from now on carries `Connection: close` (the client, nginx, opens its next request
// elsewhere), /api/health answers 503 to a request received after the signal
// (`receivedWhileDraining`: one already in flight is answered as it would have been, so a
// reader's request is never turned away), and at the bound the remaining connections are
// closed. With NEXT_MANUAL_SIG_HANDLE set (Next leaves the signals alone),
// this also closes the server and exits once it is closed. The read counts' last flush
// (lib/reads/shutdown.ts) runs at the signal and again at 'exit'.
import { randomBytes } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const KEY = Symbol.for('sahifa.drain');
const SIGNALS = { SIGTERM: 143, SIGINT: 130 } as const;
export const DEFAULT_DRAIN_MS = 10_000;
const MAX_DRAIN_MS = 10 * 60_000;

/** `header`: stamped on each request received while draining; drawn at random, so no client can send it. */
type State = { draining: boolean; servers: Set<Server>; open: Set<ServerResponse>; timeoutMs: number; header: string };
type Holder = { [KEY]?: State };

/** DRAIN_TIMEOUT_MS: how long answers in flight may take after the signal (ms). */
export function drainTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DRAIN_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_DRAIN_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_DRAIN_MS) {
    console.error(`DRAIN_TIMEOUT_MS=${JSON.stringify(raw)} is not a whole number of milliseconds from 0 to ${MAX_DRAIN_MS}: using ${DEFAULT_DRAIN_MS}`);
    return DEFAULT_DRAIN_MS;
  }
  return n;
}

/** True once the process was told to stop. */
export const isDraining = (): boolean => (globalThis as Holder)[KEY]?.draining === true;

/** Whether this request came after the signal: /api/health then says 503, so a balancer sends no more. */
export function receivedWhileDraining(headers: Headers): boolean {
  const state = (globalThis as Holder)[KEY];
  return state !== undefined && headers.get(state.header) === '1';
}

/** Follows every HTTP server of this process and drains them on SIGTERM/SIGINT; idempotent. */
export function installDrain(timeoutMs = drainTimeoutMs()): void {
  const g = globalThis as Holder;
  if (g[KEY]) return;
  const header = `x-sahifa-draining-${randomBytes(12).toString('hex')}`;
  const state: State = (g[KEY] = { draining: false, servers: new Set(), open: new Set(), timeoutMs, header });
  // Published by Node for each request before Next sees it: the server, and each answer
  // until its socket is done with it.
  dc.subscribe('http.server.request.start', (message) => {
    const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    state.servers.add(server);
    state.open.add(response);
    response.once('close', () => state.open.delete(response));
    if (state.draining) {
      response.shouldKeepAlive = false;
      request.headers[header] = '1';
    } else delete request.headers[header];
  });
  for (const [signal, code] of Object.entries(SIGNALS)) process.on(signal, () => drain(state, code));
}

function drain(state: State, exitCode: number): void {
  if (state.draining) return;
  state.draining = true;
  for (const response of state.open) if (!response.headersSent) response.shouldKeepAlive = false;
  const nextExits = !process.env.NEXT_MANUAL_SIG_HANDLE;
  // Stops accepting and closes the idle connections (Next does it too; a second call only errs).
  const closed = [...state.servers].map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
  const cutOff = setTimeout(() => {
    console.error(`[drain] ${state.open.size} answer(s) still open after ${state.timeoutMs} ms: closing their connections`);
    for (const server of state.servers) server.closeAllConnections();
    // Next exits once its servers are closed; should anything hold it, this is the end.
    setTimeout(() => process.exit(exitCode), 2_000).unref();
  }, state.timeoutMs);
  cutOff.unref();
  if (!nextExits) void Promise.all(closed).then(() => process.exit(exitCode));
}
