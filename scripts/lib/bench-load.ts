// One bounded autocannon load on a loopback URL: requests per second and latency percentiles.
// @ts-expect-error -- autocannon ships no types (and @types/autocannon is not a dependency): typed below.
import autocannonUntyped from 'autocannon';

type Options = { url: string; connections: number; duration: number; headers?: Record<string, string> };
type Result = {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number; total: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};
const autocannon = autocannonUntyped as (opts: Options) => Promise<Result>;

export type Load = { rps: number; p50: number; p99: number; kbPerReq: number; requests: number; failures: number };

export async function load(url: string, opts: { connections?: number; duration?: number; headers?: Record<string, string> } = {}): Promise<Load> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const r = await autocannon({ url, connections: opts.connections ?? 50, duration: Math.min(opts.duration ?? 10, 60), headers: opts.headers });
  const seconds = r.duration || opts.duration || 10;
  return {
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    kbPerReq: r.requests.total ? r.throughput.total / r.requests.total / 1024 : 0,
    requests: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}
