/**
 * Fetching a source over http(s) for import: node:http with an overall timeout (connection,
 * headers and body together), a size limit enforced while streaming (read-body.ts), and
 * redirects followed by hand so that their number is bounded and each hop is checked
 * (http/https only, no loops, and unless allowed, no internal address: address-guard.ts,
 * whose check also pins the connection to the address it checked). Every failure is an
 * ImportError naming the address.
 */
import { ImportError } from '../types.js';
import type { AddressPolicy, Resolver } from './address-guard.js';
import { httpGet } from './http-get.js';
import { readBody } from './read-body.js';

/** What was fetched: the body, its declared Content-Type, and the address after redirects. */
export interface FetchedSource {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

/** Limits and headers for one fetch. */
export interface FetchOptions {
  /** Whole request, body included (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes after decompression (default 10 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Cancels the fetch from outside. */
  signal?: AbortSignal;
  /**
   * Whether loopback, private, link-local and other internal addresses may be reached
   * (default false). Only an operator's own tools (the CLI) allow them; anything fetching on
   * a user's behalf must not, or it could be pointed at internal services (SSRF).
   */
  allowPrivate?: boolean;
  /** Host names exempt from the internal-address check (an intranet CMS the operator trusts). */
  allowHosts?: readonly string[];
  /** Name resolution (the system's by default; tests inject their own). */
  resolve?: Resolver;
}

/** Default limits. */
export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
const USER_AGENT = 'Midad-Importer/0.1 (news archive import)';

function httpUrl(raw: string, base?: string): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new ImportError(`not a valid address: ${raw}`, { file: raw });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ImportError(`only http and https addresses can be fetched, not ${u.protocol}`, { file: u.href });
  return u;
}

/** Fetches an http(s) address for import. Rejects only with ImportError. */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const policy: AddressPolicy = { allowPrivate: options.allowPrivate ?? false, allowHosts: options.allowHosts };
  let current = httpUrl(url);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const seen = new Set<string>([current.href]);
  const headers = { accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', 'user-agent': USER_AGENT, ...options.headers };
  try {
    for (let hops = 0; ; hops++) {
      // Every hop goes through the address guard again: a public page may redirect inward.
      const res = await httpGet(current, { headers, signal, policy, resolve: options.resolve });
      const status = res.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        res.destroy();
        const location = res.headers.location;
        if (!location) throw new ImportError(`HTTP ${status} redirect without a Location header`, { file: current.href });
        if (hops >= maxRedirects) throw new ImportError(`more than ${maxRedirects} redirects`, { file: url });
        const next = httpUrl(location, current.href);
        if (seen.has(next.href)) throw new ImportError(`redirect loop back to ${next.href}`, { file: url });
        seen.add(next.href);
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new ImportError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, { file: current.href });
      }
      // The timeout covers the body too: a server that sends headers and then stalls is cut off.
      const stop = () => res.destroy(signal.reason instanceof Error ? signal.reason : undefined);
      signal.addEventListener('abort', stop, { once: true });
      try {
        const bytes = await readBody(res, maxBytes, current.href);
        return { bytes, contentType: res.headers['content-type'] ?? null, finalUrl: current.href };
      } finally {
        signal.removeEventListener('abort', stop);
      }
    }
  } catch (e) {
    if (e instanceof ImportError) throw e.where.file ? e : new ImportError(e.message, { file: current.href });
    if (timeout.aborted) throw new ImportError(`no complete response within ${timeoutMs / 1000} s`, { file: current.href });
    if (options.signal?.aborted) throw new ImportError('fetch cancelled', { file: current.href });
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    throw new ImportError(`could not fetch${cause || `: ${e instanceof Error ? e.message : String(e)}`}`, { file: current.href });
  }
}
