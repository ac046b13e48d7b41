/** The largest source file an import reads (a dump or page is kilobytes; a feed archive a few megabytes). */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
