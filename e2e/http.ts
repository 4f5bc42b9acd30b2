// Plain HTTP for tests that must choose what a browser cannot: the local address a
// request leaves from (127.0.0.0/8 is all loopback, so each address is another client
// as the server's socket sees it), or headers such as a forged X-Forwarded-For.
import http from 'node:http';

export type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: () => string };

export function send(url: string, o: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: o.method ?? 'GET', headers: o.headers, localAddress: o.from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: () => body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end(o.body);
  });
}

/** A read beacon as sendBeacon sends it, from the loopback address `from`. */
export function beaconFrom(base: string, from: string, id: string, headers: Record<string, string> = {}): Promise<Raw> {
  return send(`${base}/api/views`, {
    method: 'POST',
    from,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) e2e', ...headers },
    body: JSON.stringify({ id }),
  });
}

/** The Set-Cookie lines of a response, by cookie name. */
export function setCookies(headers: http.IncomingHttpHeaders | Record<string, string>): Map<string, string> {
  const raw = headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/\n/) : [];
  return new Map(lines.map((l) => [l.split('=', 1)[0]!.trim(), l]));
}
