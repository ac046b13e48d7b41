import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';
import { openAnnotated } from '../enrich/store-support.js';
import { storyArticle, WATER_TALKS } from '../enrich/stories.js';
import { API_SITE, seedApiArchive, type ApiFixture } from './fixtures.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

type Doc = OpenAPIV3_1.Document;
type Operation = OpenAPIV3_1.OperationObject;

/** A validator for one response schema of the document, its `#/components/schemas/` refs resolved as `$defs`. */
function responseValidator(ajv: Ajv2020, doc: Doc, schema: unknown) {
  const rebased = JSON.parse(JSON.stringify({ ...(schema as object), $defs: doc.components?.schemas ?? {} }).replaceAll('#/components/schemas/', '#/$defs/'));
  return ajv.compile(rebased);
}

/** The JSON schema the document gives for a status of an operation. */
function schemaFor(op: Operation, status: number): unknown {
  const response = op.responses?.[String(status)] as OpenAPIV3_1.ResponseObject | undefined;
  return response?.content?.['application/json']?.schema;
}

describe('the OpenAPI 3.1 document', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let f: ApiFixture;
  let doc: Doc;
  /** A person the archive names, found through the list route (the archive's text decides who). */
  let personRef = '';
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    // Annotated, so the people and quotes routes have someone to answer about.
    t = await openAnnotated(openTestSqlite);
    f = await seedApiArchive(t.store);
    await t.store.articles.create(storyArticle(WATER_TALKS, { publishedAt: '2026-11-20T09:00:00Z' }));
    app = await buildTestApp(t.store, { siteUrl: API_SITE });
    const res = await app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    doc = res.json() as Doc;
    const people = (await app.inject('/api/v1/people')).json() as { items: Array<{ id: number }> };
    expect(people.items.length, 'the API archive names at least one person').toBeGreaterThan(0);
    personRef = String(people.items[0]!.id);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  /** A value for each path parameter, by path: a route added without one here fails the test. */
  const pathValues = (path: string): Record<string, string> => {
    if (path.startsWith('/api/v1/articles/')) return { ref: String(f.public[0]!.id) };
    if (path.startsWith('/api/v1/sections/')) return { slug: f.public[0]!.section!.slug };
    if (path.startsWith('/api/v1/authors/')) return { slug: f.public[0]!.authors[0]!.slug };
    if (path.startsWith('/api/v1/people/')) return { ref: personRef };
    return {};
  };
  /** The query string a route needs to answer 200 (search requires its `q`). */
  const queryValues = (path: string): string => (path === '/api/v1/search' ? `?q=${encodeURIComponent('المصرف')}` : '');
  const fill = (path: string, values: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      expect(values, `a test value for {${name}} in ${path}`).toHaveProperty(name);
      return encodeURIComponent(values[name]!);
    });
  // The public read routes; the token-protected write routes have their own test (articles-write.test.ts).
  const operations = () =>
    Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item ?? {})
        .filter(([method, op]) => method === 'get' && !(op as Operation).security?.length)
        .map(([method, op]) => ({ path, method, op: op as Operation })),
    );

  it('is an OpenAPI 3.1 document describing every read route, each with an id, tags and JSON responses', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('مِداد API');
    expect(doc.info.version).toBeTruthy();
    expect(doc.servers).toEqual([{ url: API_SITE }]);
    const documented = operations().map((o) => `${o.method.toUpperCase()} ${o.path}`);
    for (const route of [
      'GET /api/v1/articles',
      'GET /api/v1/articles/{ref}',
      'GET /api/v1/sections',
      'GET /api/v1/sections/{slug}',
      'GET /api/v1/authors',
      'GET /api/v1/authors/{slug}',
    ]) {
      expect(documented).toContain(route);
    }
    // The document leaves itself and the CORS preflight out.
    expect(Object.keys(doc.paths ?? {})).not.toContain('/api/v1/openapi.json');
    const ids = operations().map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op, path } of operations()) {
      expect(op.operationId, path).toBeTruthy();
      expect(op.tags?.length, path).toBeGreaterThan(0);
      for (const status of [200, 400, 404, 429]) expect(schemaFor(op, status), `${path} ${status}`).toBeDefined();
    }
  });

  it('its component schemas are valid JSON Schema 2020-12, and only the used ones are listed', () => {
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Article', 'ArticleSummary', 'ArticlePage', 'Section', 'Author', 'Error', 'Image', 'Block']));
    // Read responses are output forms only; the write routes' request bodies are their input forms.
    expect(Object.keys(schemas).filter((k) => k.endsWith('Input') && !k.startsWith('Draft'))).toEqual([]);
    for (const schema of Object.values(schemas)) responseValidator(ajv, doc, schema);
    // The validators are not vacuous: a body with a wrong type or an extra field is refused.
    const page = responseValidator(ajv, doc, { $ref: '#/components/schemas/ArticlePage' });
    expect(page({ items: [{ id: 'x' }], nextCursor: null })).toBe(false);
    expect(page({ items: [], nextCursor: null, status: 'draft' })).toBe(false);
    expect(page({ items: [], nextCursor: null })).toBe(true);
  });

  it('every documented route answers 200 with a body its response schema accepts', async () => {
    for (const { path, method, op } of operations()) {
      const url = fill(path, pathValues(path)) + queryValues(path);
      const res = await app.inject({ method: method.toUpperCase() as 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const validate = responseValidator(ajv, doc, schemaFor(op, 200));
      expect(validate(res.json()), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('error answers match the documented error schema: 404 for unknown references, 400 for bad parameters', async () => {
    for (const { path, method, op } of operations()) {
      const params = op.parameters as OpenAPIV3_1.ParameterObject[] | undefined;
      const inPath = params?.filter((p) => p.in === 'path') ?? [];
      if (inPath.length) {
        const url = fill(path, Object.fromEntries(inPath.map((p) => [p.name, 'no-such-thing'])));
        const res = await app.inject({ method: method.toUpperCase() as 'GET', url });
        expect(res.statusCode, url).toBe(404);
        const validate = responseValidator(ajv, doc, schemaFor(op, 404));
        expect(validate(res.json()), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
      const numeric = params?.find((p) => p.in === 'query' && (p.schema as { type?: string })?.type === 'integer');
      if (numeric) {
        const url = `${fill(path, pathValues(path))}?${numeric.name}=not-a-number`;
        const res = await app.inject({ method: method.toUpperCase() as 'GET', url });
        expect(res.statusCode, url).toBe(400);
        const validate = responseValidator(ajv, doc, schemaFor(op, 400));
        expect(validate(res.json()), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        expect(res.json().error.field).toBe(numeric.name);
      }
    }
  });

  it('a rate-limited answer matches the documented 429 schema', async () => {
    const limited = await buildTestApp(t.store, { siteUrl: API_SITE, apiRateLimit: 1 });
    try {
      await limited.inject('/api/v1/sections');
      const res = await limited.inject('/api/v1/sections');
      expect(res.statusCode).toBe(429);
      const op = doc.paths!['/api/v1/sections']!.get!;
      const validate = responseValidator(ajv, doc, schemaFor(op, 429));
      expect(validate(res.json()), ajv.errorsText(validate.errors)).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
