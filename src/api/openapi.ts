import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { ApiServices } from './services.js';

/** Where the document is served, under the API's version prefix. */
export const OPENAPI_PATH = '/openapi.json';

/** Every `#/components/schemas/X` a value refers to. */
function refsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) out.add(v.slice('#/components/schemas/'.length));
      else refsIn(v, out);
    }
  }
  return out;
}

/**
 * Keeps only the component schemas the paths use (directly or through other components).
 * The transform emits every schema registered with an id, and an input twin of each
 * (`ArticleInput`), which would read as write formats that do not exist.
 */
export function pruneUnusedSchemas(doc: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const all = doc.components?.schemas ?? {};
  const used = refsIn(doc.paths, new Set());
  const pending = [...used];
  while (pending.length) {
    for (const ref of refsIn(all[pending.pop()!], new Set())) {
      if (used.has(ref)) continue;
      used.add(ref);
      pending.push(ref);
    }
  }
  const schemas = Object.fromEntries(Object.entries(all).filter(([id]) => used.has(id)));
  return { ...doc, components: { ...doc.components, schemas } };
}

/**
 * Collects the routes registered after it into an OpenAPI 3.1 document, their JSON Schemas
 * generated from the same zod schemas that validate requests and serialise responses.
 */
export async function registerOpenApi(app: FastifyInstance, s: ApiServices): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: `${s.config.siteName} API`,
        version: '1.0.0',
        description:
          'JSON API of the published archive, and of drafts for holders of a newsroom API token. Errors share one shape, ' +
          '`{"error": {"code", "message", "field"}}`; answers carry ETag and Cache-Control, and lists page with an opaque cursor.',
      },
      servers: [{ url: s.config.siteUrl }],
      tags: [
        { name: 'articles', description: 'Published articles' },
        { name: 'sections', description: 'Sections of the site' },
        { name: 'authors', description: 'Authors named in bylines' },
        { name: 'search', description: 'Arabic search over published articles' },
        { name: 'drafts', description: 'Creating and updating drafts (newsroom API token, same role rules as the newsroom)' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A per-user API token made in the newsroom (/newsroom/account)' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => pruneUnusedSchemas(jsonSchemaTransformObject(input) as OpenAPIV3_1.Document),
  });
}

/** Serves the document (the route itself is left out of it). */
export function openApiRoute(app: FastifyInstance): void {
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
