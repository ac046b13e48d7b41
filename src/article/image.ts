import { z } from 'zod';

/** A photo as a newsroom credits it: where it is, what it shows, and who took or supplied it. */
export const ImageSchema = z.object({
  /** Site path or absolute URL of the file; null when a dump or feed named no file. */
  src: z.string().trim().min(1).max(2048).nullable().default(null),
  /** Text alternative for screen readers; falls back to the caption when empty. */
  alt: z.string().trim().max(500).default(''),
  /** Caption without the credit. */
  caption: z.string().trim().max(1000).default(''),
  /** Agency or photographer («أ.ف.ب», «رويترز», «الإعلام الروسي»). */
  credit: z.string().trim().max(200).nullable().default(null),
  width: z.number().int().positive().max(20000).optional(),
  height: z.number().int().positive().max(20000).optional(),
});

/** A credited image. */
export type Image = z.infer<typeof ImageSchema>;
