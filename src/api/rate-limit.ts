import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { MidadError } from '../article/index.js';

/**
 * Limits every API route to `perMinute` requests per client IP (behind the trusted proxy,
 * the forwarded address). Exceeding answers 429 with Retry-After, through the API's error
 * handler so the body has the usual shape. The counts live in memory, per process.
 */
export async function registerApiRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: () => new MidadError('ERR_RATE_LIMITED'),
  });
}
