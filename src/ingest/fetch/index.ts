/** Fetching import sources over http(s), with a timeout, a size limit and bounded redirects. */
export { fetchSource, FETCH_DEFAULTS, type FetchOptions, type FetchedSource } from './fetch-source.js';
