import { z } from 'zod';
import { SectionSchema } from '../../article/index.js';

/** A section as the API shows it: the stored fields and its page. */
export const ApiSectionSchema = SectionSchema.extend({ url: z.url().describe('The section page') }).meta({ id: 'Section' });

/** Every section, in the site's order. */
export const SectionListSchema = z.object({ items: z.array(ApiSectionSchema) }).meta({ id: 'SectionList' });

/** `/sections/{slug}`. */
export const SectionParams = z.object({ slug: z.string().min(1).max(300).describe('The section slug') });
