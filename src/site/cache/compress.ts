import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * The compressed variants of a cached page, made once in zlib's thread pool (off the event
 * loop). Brotli at quality 9 is far smaller than the per-request default and paid once.
 */
export async function compressVariants(body: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gzip_] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: 9 }),
  ]);
  return { br, gzip: gzip_ };
}
