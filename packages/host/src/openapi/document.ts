import type * as t from 'io-ts';
import type { HostRole } from '../auth/claims.js';
import { noBody, type AnyRoute } from '../http/route.js';
import { objectShapeOf } from './codec-shape.js';
import { emptyComponents, schemaOf, type Schema } from './json-schema.js';

const parameters = (codec: t.Mixed, where: 'path' | 'query', components: ReturnType<typeof emptyComponents>) => {
  const shape = objectShapeOf(codec);
  if (!shape) return [];
  return [
    ...Object.entries(shape.required).map(([name, c]) => ({ name, in: where, required: true, schema: schemaOf(c, components) })),
    ...Object.entries(shape.optional).map(([name, c]) => ({ name, in: where, required: false, schema: schemaOf(c, components) })),
  ];
};

const problemSchema: Schema = {
  type: 'object',
  description: 'RFC 7807 problem details',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    rule: { type: 'string', description: 'the domain rule broken, or the host check that refused' },
    source: { type: 'string', description: 'the legal source of the rule' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
    requestId: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail'],
};

const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the routes, made from the same codecs that check their requests: path
 * parameters, query strings and bodies (strict: `additionalProperties: false`), answers where declared,
 * the roles allowed (`x-roles`), and problem details for every error status.
 */
export const openApiDocument = (routes: ReadonlyArray<AnyRoute>): Readonly<Record<string, unknown>> => {
  const components = emptyComponents();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    const responses: Record<string, unknown> = {
      [r.method === 'post' ? '2XX' : '200']: {
        description: 'done',
        content: {
          'application/json': { schema: r.response ? schemaOf(r.response, components) : {} },
          ...Object.fromEntries((r.produces ?? []).map((m) => [m, { schema: { type: 'string' } }])),
        },
      },
      ...Object.fromEntries(
        r.problems.map((s) => [
          String(s),
          { description: 'problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        ]),
      ),
    };
    const operation = {
      operationId: r.operationId,
      tags: [r.tag],
      summary: r.summary,
      'x-roles': r.roles satisfies ReadonlyArray<HostRole>,
      parameters: [
        ...parameters(r.params, 'path', components),
        ...parameters(r.query, 'query', components),
        ...(r.method === 'post' && r.path.includes('/commands/')
          ? [
              {
                name: 'If-Match',
                in: 'header',
                required: false,
                schema: { type: 'string' },
                description: 'the resource’s ETag ("<revision>"); required when it exists',
              },
              { name: 'If-None-Match', in: 'header', required: false, schema: { const: '*' }, description: 'create only' },
              { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', pattern: '^[A-Za-z0-9._:~-]{1,100}$' } },
            ]
          : []),
      ],
      ...(r.body === noBody
        ? {}
        : { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, components) } } } }),
      responses,
    };
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OCOP ledger — reference host',
      version: '0.1.0',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      description: 'Commands of every aggregate, queries of every read model, the audit trail and personal-data rights. See docs/api.md.',
    },
    security: [{ bearer: [] }],
    paths: {
      ...paths,
      '/healthz': { get: { operationId: 'healthz', security: [], responses: { '200': { description: 'the process is up' } } } },
      '/readyz': {
        get: { operationId: 'readyz', security: [], responses: { '200': { description: 'ready' }, '503': { description: 'not ready' } } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { ...components.schemas, Problem: problemSchema },
    },
  };
};
