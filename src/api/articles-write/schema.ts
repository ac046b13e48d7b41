import { z } from 'zod';
import { StatusSchema } from '../../article/index.js';
import { DraftFieldsSchema } from '../../newsroom/drafts/fields.js';

/** `POST /articles`: a new draft's fields (the newsroom editor's fields, as JSON). */
// Not 'DraftInput': the OpenAPI generator names the input form of 'Draft' so.
export const DraftCreateSchema = DraftFieldsSchema.meta({ id: 'DraftCreate' });

/** `PUT /articles/{id}`: the fields, and the `updatedAt` the client last read (a stale write is refused with 409). */
export const DraftUpdateSchema = DraftFieldsSchema.extend({
  expectedUpdatedAt: z.iso.datetime().describe('The `updatedAt` of the version being replaced'),
}).meta({ id: 'DraftUpdate' });

/** `:id` of an article (ours). */
export const DraftParams = z.object({ id: z.coerce.number().int().positive().max(2 ** 31).describe('Our article id') });

/** An article as its editors see it through the API: workflow state and the editable fields. */
export const ApiDraftSchema = DraftFieldsSchema.extend({
  id: z.number().int(),
  slug: z.string(),
  status: StatusSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string().describe('Send back as `expectedUpdatedAt` to update'),
  createdAt: z.string(),
}).meta({ id: 'Draft' });
