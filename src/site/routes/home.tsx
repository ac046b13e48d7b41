import type { FastifyInstance } from 'fastify';
import { h } from '../jsx/runtime.js';
import { tag } from '../cache/tags.js';
import { sendPage } from '../page.js';
import { homeHead } from '../seo/heads.js';
import { publicFilter, viewContext, type SiteServices } from '../services.js';
import { HomePage, type SectionRow } from '../views/home-page.js';

/** Stories in each section's row on the home page. */
const PER_SECTION = 4;
/** Stories in the "latest" rail beside the lead. */
const LATEST = 5;

/** The home page: lead story, latest rail, then the latest per section. */
export async function homeRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  app.get('/', async (_request, reply) => {
    const ctx = await viewContext(s);
    const top = await s.store.articles.list({ ...publicFilter(s), limit: LATEST + 1, count: false });
    const [lead, ...latest] = top.items;
    const shown = top.items.map((a) => a.id);
    const rows: SectionRow[] = [];
    for (const section of ctx.sections) {
      const page = await s.store.articles.list({ ...publicFilter(s), sectionId: section.id, excludeIds: shown, limit: PER_SECTION, count: false });
      if (page.items.length) rows.push({ section, items: page.items });
    }
    const newest = lead ? [lead, ...latest].reduce((m, a) => (a.updatedAt > m ? a.updatedAt : m), lead.updatedAt) : null;
    return sendPage(
      reply,
      ctx,
      { title: ctx.site.siteName, description: ctx.site.tagline, canonical: `${ctx.site.siteUrl}/`, head: homeHead(ctx.site) },
      <HomePage ctx={ctx} lead={lead ?? null} latest={latest} rows={rows} />,
      { lastModified: newest, tags: [tag.home, ...[...top.items, ...rows.flatMap((r) => r.items)].map((a) => tag.article(a.id))] },
    );
  });
}
