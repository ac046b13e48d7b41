/**
 * The address guard of a fetch: resolves a host, refuses internal addresses (see
 * address-class.ts) unless the caller allows them, and hands the connection the address it
 * checked, so nothing can be resolved again between the check and the connect (DNS
 * rebinding). It plugs into node:http as the request's `lookup`; IP literals, which are
 * never looked up, are checked before the request.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { ImportError } from '../types.js';
import { classifyAddress } from './address-class.js';

/** Which addresses a fetch may reach. */
export interface AddressPolicy {
  /** Whether loopback, private and other internal addresses may be reached. */
  allowPrivate: boolean;
  /** Host names exempt from the check (an intranet host the operator trusts). */
  allowHosts?: readonly string[];
}

/** Resolves a host name to all its addresses (injectable for tests). */
export type Resolver = (host: string, done: (err: Error | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (host, done) => dnsLookup(host, { all: true }, (err, addresses) => done(err, addresses ?? []));

/** The host without IPv6 brackets, as node:net wants it. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

function exempt(host: string, policy: AddressPolicy): boolean {
  return policy.allowPrivate || (policy.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());
}

/** Why an address may not be reached under the policy, or null when it may. */
function refusal(host: string, address: string, policy: AddressPolicy): string | null {
  if (exempt(host, policy)) return null;
  const cls = classifyAddress(address);
  return cls ? `${host} is ${host === address ? '' : `at ${address}, `}a${/^[aeiou]/.test(cls) ? 'n' : ''} ${cls} address; only public addresses can be fetched` : null;
}

/** Refuses an IP-literal host that the policy does not allow (host names are checked at lookup). */
export function checkLiteralHost(hostname: string, policy: AddressPolicy, url: string): void {
  const host = bareHost(hostname);
  if (!isIP(host)) return;
  const why = refusal(host, host, policy);
  if (why) throw new ImportError(`refused: ${why}`, { file: url });
}

/**
 * A `lookup` for node:http that resolves the host, keeps only the addresses the policy
 * allows (IPv4 first, so a dual-stack name behaves the same everywhere), and answers with
 * those: the socket can only connect where the check passed.
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (err, found) => {
      if (err) return callback(err, '', 4);
      const allowed = found.filter((a) => refusal(hostname, a.address, policy) === null).sort((a, b) => a.family - b.family);
      const wanted = options.family === 4 || options.family === 6 ? allowed.filter((a) => a.family === options.family) : allowed;
      if (!wanted.length) {
        const first = found[0];
        const why = first ? refusal(hostname, first.address, policy) : null;
        return callback(new ImportError(`refused: ${why ?? `${hostname} has no address to connect to`}`), '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, wanted);
      callback(null, wanted[0]!.address, wanted[0]!.family);
    });
  };
}
