/**
 * Which addresses are internal: the ranges a fetch made on someone else's behalf must never
 * reach (SSRF). `classifyAddress` names the class of an IP address, or returns null for a
 * public one. Rules, IPv4:
 * - 0.0.0.0/8 unspecified ("this network": 0.0.0.0 reaches the local host on Linux);
 * - 10/8, 172.16/12, 192.168/16 private; 100.64/10 carrier-grade NAT; 127/8 loopback;
 *   169.254/16 link-local; 224/4 multicast;
 * - cloud metadata services (169.254.169.254, 169.254.170.2, 100.100.100.200, 192.0.0.192)
 *   are named as such though their ranges already refuse them;
 * - reserved: 192.0.0/24, the documentation nets, 192.88.99/24, 198.18/15, 240/4 and the
 *   broadcast address.
 * IPv6:
 * - :: unspecified, ::1 loopback, fc00::/7 unique-local (fd00:ec2::254, a metadata
 *   service), fe80::/10 link-local, fec0::/10 site-local (private), ff00::/8 multicast;
 * - addresses that carry an IPv4 address are judged by it: IPv4-mapped ::ffff:a.b.c.d,
 *   IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16;
 * - reserved: 100::/64 (discard), 64:ff9b:1::/48, Teredo 2001::/32 (its IPv4 is hidden),
 *   2001:db8::/32 (documentation).
 * Anything that is not an IP address at all is 'invalid'.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The kinds of address a guarded fetch refuses. */
export type AddressClass =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'cgnat'
  | 'multicast'
  | 'metadata'
  | 'reserved'
  | 'invalid';

/** An IPv4 range: first address as a number, prefix length, class. */
type V4Range = readonly [base: string, bits: number, cls: AddressClass];

/** Cloud metadata endpoints, checked before the ranges that hold them. */
const V4_METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192']);

const V4_RANGES: readonly V4Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** A dotted-quad IPv4 address as an unsigned 32-bit number. */
function v4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const V4_PARSED = V4_RANGES.map(([base, bits, cls]) => ({ base: v4Number(base), size: 2 ** (32 - bits), cls }));

function classifyV4(ip: string): AddressClass | null {
  if (V4_METADATA.has(ip)) return 'metadata';
  const n = v4Number(ip);
  for (const r of V4_PARSED) if (n >= r.base && n < r.base + r.size) return r.cls;
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail becomes the last two). */
function v6Groups(ip: string): number[] {
  let text = ip.replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4Number(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const read = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = read(head);
  const right = tail === undefined ? [] : read(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The IPv4 address held in groups 6 and 7. */
const embeddedV4 = (g: number[]) => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;

function classifyV6(ip: string): AddressClass | null {
  const g = v6Groups(ip);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) carry an IPv4 address.
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return classifyV4(embeddedV4(g));
  const first = g[0]!;
  if (first === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyV4(embeddedV4(g));
  if (first === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'reserved';
  if (first === 0x2002) return classifyV4(`${g[1]! >> 8}.${g[1]! & 255}.${g[2]! >> 8}.${g[2]! & 255}`);
  if (first === 0x2001 && (g[1] === 0 || g[1] === 0xdb8)) return 'reserved';
  if (first === 0x100 && zeros(1, 4)) return 'reserved';
  if (first === 0xfd00 && g[1] === 0xec2 && zeros(2, 7) && g[7] === 0x254) return 'metadata';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'private';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** The class of an internal address, or null for a public one (see the rules above). */
export function classifyAddress(ip: string): AddressClass | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (isIPv4(bare)) return classifyV4(bare);
  if (isIPv6(bare)) return classifyV6(bare);
  return 'invalid';
}
