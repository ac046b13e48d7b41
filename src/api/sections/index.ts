import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError } from '../../article/index.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';
import { presentSection } from './present.js';
import { ApiSectionSchema, SectionListSchema, SectionParams } from './schema.js';

/** `GET /sections` and `GET /sections/{slug}`. */
export const sectionRoutes: ApiRoutes = async (app, s) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/sections',
    { schema: { tags: ['sections'], operationId: 'listSections', summary: 'Every section, in the site order', response: withErrors({ 200: SectionListSchema }) } },
    async () => ({ items: (await s.store.directory.sections()).map((x) => presentSection(s.config.siteUrl, x)) }),
  );
  r.get(
    '/sections/:slug',
    {
      schema: {
        tags: ['sections'],
        operationId: 'getSection',
        summary: 'One section by slug',
        params: SectionParams,
        response: withErrors({ 200: ApiSectionSchema }),
      },
    },
    async (request) => {
      const section = await s.store.directory.section(request.params.slug);
      if (!section) throw new MidadError('ERR_SECTION_NOT_FOUND', undefined, 'slug');
      return presentSection(s.config.siteUrl, section);
    },
  );
};
