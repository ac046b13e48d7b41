/**
 * Fetching a source over http(s) for import: Node's global fetch (undici) with an overall
 * timeout (connection, headers and body together), a size limit enforced while streaming
 * (the body is abandoned the moment it passes the limit, decompressed bytes counted), and
 * redirects followed by hand so that their number is bounded and each hop is checked
 * (http/https only, no loops). Every failure is an ImportError naming the address.
 */
import { ImportError } from '../types.js';

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
}

/** Default limits. */
export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
const USER_AGENT = 'Midad-Importer/0.1 (news archive import)';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;

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

/** Reads a body up to `maxBytes`, cancelling the stream as soon as it grows past it. */
async function readLimited(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new ImportError(`response is larger than ${mb(maxBytes)} (Content-Length ${declared})`, { file: url });
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ImportError(`response is larger than ${mb(maxBytes)}; download stopped`, { file: url });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fetches an http(s) address for import. Rejects only with ImportError. */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  let current = httpUrl(url);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const seen = new Set<string>([current.href]);
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: ACCEPT, 'user-agent': USER_AGENT, ...options.headers },
      });
      if (REDIRECT_STATUSES.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) throw new ImportError(`HTTP ${res.status} redirect without a Location header`, { file: current.href });
        if (hops >= maxRedirects) throw new ImportError(`more than ${maxRedirects} redirects`, { file: url });
        const next = httpUrl(location, current.href);
        if (seen.has(next.href)) throw new ImportError(`redirect loop back to ${next.href}`, { file: url });
        seen.add(next.href);
        current = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new ImportError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { file: current.href });
      }
      const bytes = await readLimited(res, maxBytes, current.href);
      return { bytes, contentType: res.headers.get('content-type'), finalUrl: current.href };
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (timeout.aborted) throw new ImportError(`no complete response within ${timeoutMs / 1000} s`, { file: current.href });
    if (options.signal?.aborted) throw new ImportError('fetch cancelled', { file: current.href });
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    throw new ImportError(`could not fetch${cause || `: ${e instanceof Error ? e.message : String(e)}`}`, { file: current.href });
  }
}
