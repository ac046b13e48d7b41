import { z } from 'zod';

/** `:id` of an article, image, account or token: a positive integer. */
export const IdParams = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });

/** A form body read field by field by its route (the editor's many block fields), not by a fixed schema. */
export const AnyBody = z.record(z.string(), z.unknown());
