/**
 * One HTTP(S) GET through node:http with the address guard in place (address-guard.ts):
 * resolves with the response as soon as its headers arrive; the caller reads or discards
 * the body. A fresh connection every time (no pooled socket from an earlier, other check).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkLiteralHost, guardedLookup, type AddressPolicy, type Resolver } from './address-guard.js';

/** What one request needs besides its address. */
export interface GetOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  policy: AddressPolicy;
  /** Name resolution (the system's by default; tests inject their own). */
  resolve?: Resolver;
}

/** Sends a GET and waits for the response headers. Rejects with the request's error. */
export function httpGet(url: URL, options: GetOptions): Promise<IncomingMessage> {
  checkLiteralHost(url.hostname, options.policy, url.href);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: options.headers,
      signal: options.signal,
      agent: false,
      lookup: guardedLookup(options.policy, options.resolve),
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}
