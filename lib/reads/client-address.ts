// The reader's address, for the rate limit and the dedupe only (it is hashed, never kept).
//
// By default it is the address of the socket (lib/http/peer-address.ts): no header is
// believed, since any client can send X-Real-IP or X-Forwarded-For. Behind proxies, the
// operator says which to trust with TRUST_PROXY:
//   TRUST_PROXY=1            a hop count: the socket is the one proxy in front (nginx),
//                            and the client is the X-Forwarded-For entry it added;
//   TRUST_PROXY=127.0.0.1,10.0.0.0/8
//                            a list of addresses and subnets (`loopback` for 127.0.0.0/8
//                            and ::1): the client is the right-most address of the chain
//                            (X-Forwarded-For, then the socket) that is not in the list.
// A list is the safer choice: with a hop count, a client that reaches the app directly,
// past the proxy, chooses its address again.
import { BlockList, isIP } from 'node:net';
import { peerAddress } from '@/lib/http/peer-address';

/** The address of a request whose socket is unknown (a bare Request in a test). */
export const UNKNOWN_CLIENT = 'unknown';

export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList };

const NONE: ProxyTrust = { kind: 'none' };
const MAX_HOPS = 10;
const parsed = new Map<string, { trust: ProxyTrust; problem?: string }>();

/** Reads TRUST_PROXY. A value that does not parse trusts nobody, and says why. */
export function parseTrustProxy(raw: string | undefined): { trust: ProxyTrust; problem?: string } {
  const text = (raw ?? '').trim();
  const known = parsed.get(text);
  if (known) return known;
  const result = parseUncached(text);
  if (result.problem) console.error(`[views] ${result.problem}`);
  parsed.set(text, result);
  return result;
}

function parseUncached(text: string): { trust: ProxyTrust; problem?: string } {
  if (text === '' || /^(0|false|off|no)$/i.test(text)) return { trust: NONE };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) return { trust: NONE, problem: `TRUST_PROXY=${text}: at most ${MAX_HOPS} hops; trusting no proxy` };
    return { trust: { kind: 'hops', hops } };
  }
  const list = new BlockList();
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    if (entry.toLowerCase() === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits, extra] = entry.split('/');
    const ip = normalizeAddress(address ?? '');
    const family = ip ? (isIP(ip) === 4 ? 'ipv4' : 'ipv6') : undefined;
    const prefix = bits === undefined ? undefined : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!ip || !family || extra !== undefined || Number.isNaN(prefix) || (prefix ?? 0) > (family === 'ipv4' ? 32 : 128))
      return { trust: NONE, problem: `TRUST_PROXY: "${entry}" is not an address, a subnet (a.b.c.d/n) or "loopback"; trusting no proxy` };
    if (prefix === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, prefix, family);
  }
  return { trust: { kind: 'list', list } };
}

/**
 * An address as a hop writes it, made canonical: no port, brackets or zone, IPv4-mapped
 * IPv6 as IPv4, lower case. Undefined when it is not an IP address at all.
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let s = (raw ?? '').trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  s = s.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (mapped) s = mapped[1]!;
  return isIP(s) ? s : undefined;
}

const isTrusted = (list: BlockList, raw: string): boolean => {
  const ip = normalizeAddress(raw);
  return !!ip && list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
};

/** The client's address: the socket's, or the first untrusted hop left of the trusted proxies. */
export function clientAddress(headers: Headers, trust: ProxyTrust, peer: string | undefined = peerAddress(headers)): string {
  const socket = normalizeAddress(peer);
  if (!socket) return UNKNOWN_CLIENT;
  if (trust.kind === 'none') return socket;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  let i = chain.length - 1;
  if (trust.kind === 'hops') i = Math.max(0, chain.length - 1 - trust.hops);
  else while (i > 0 && isTrusted(trust.list, chain[i]!)) i--;
  // A trusted hop that passed on something that is not an address: count the request
  // against that hop, never against a value a client could vary at will.
  for (let j = i; j < chain.length; j++) {
    const ip = normalizeAddress(chain[j]);
    if (ip) return ip;
  }
  return socket;
}

/**
 * Whether the request's socket is a proxy the operator trusts (TRUST_PROXY): only then may
 * its X-Forwarded-* headers say how the browser reached the site (lib/http/same-origin.ts).
 */
export function fromTrustedProxy(trust: ProxyTrust, peer: string | undefined): boolean {
  const socket = normalizeAddress(peer);
  if (!socket || trust.kind === 'none') return false;
  return trust.kind === 'hops' ? trust.hops > 0 : isTrusted(trust.list, socket);
}

/**
 * What the rate limit and the dedupe key on: the address, except that an IPv6 address
 * stands for its /64 (one home or phone gets a whole /64 and may pick any address in it).
 */
export function visitorKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  let s = address;
  // An embedded IPv4 tail (::1.2.3.4) as two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
