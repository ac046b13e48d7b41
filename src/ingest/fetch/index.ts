/** Fetching import sources over http(s), with a timeout, a size limit, bounded redirects and an internal-address guard. */
export { fetchSource, FETCH_DEFAULTS, type FetchOptions, type FetchedSource } from './fetch-source.js';
export { classifyAddress, type AddressClass } from './address-class.js';
export type { Resolver } from './address-guard.js';
