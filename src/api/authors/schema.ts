import { z } from 'zod';
import { AuthorSchema } from '../../article/index.js';

/** An author as the API shows it: the stored fields and the author's page. */
export const ApiAuthorSchema = AuthorSchema.extend({ url: z.url().describe('The author page') }).meta({ id: 'Author' });

/** Every author, by name. */
export const AuthorListSchema = z.object({ items: z.array(ApiAuthorSchema) }).meta({ id: 'AuthorList' });

/** `/authors/{slug}`. */
export const AuthorParams = z.object({ slug: z.string().min(1).max(300).describe('The author slug') });
