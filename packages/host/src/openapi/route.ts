import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { strict } from '@ocop/kernel';
import { hostRoles } from '../auth/claims.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { openApiDocument } from './document.js';

/** The document's frame; what its paths and schemas hold is OpenAPI's own schema. */
export const OpenApiAnswer = t.type(
  {
    openapi: t.literal('3.1.0'),
    info: t.record(t.string, t.unknown),
    security: t.array(t.record(t.string, t.array(t.string))),
    paths: t.record(t.string, t.record(t.string, t.unknown)),
    components: t.type({ securitySchemes: t.record(t.string, t.unknown), schemas: t.record(t.string, t.unknown) }),
  },
  'OpenApiDocument',
);

/** `GET /openapi.json`: the document of the API, for any holder of a token. Made once, on first request. */
export const openApiRoute = (routes: () => ReadonlyArray<AnyRoute>): AnyRoute => {
  let document: Readonly<Record<string, unknown>> | undefined;
  return route({
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApi',
    tag: 'Documents',
    summary: 'This API as OpenAPI 3.1, made from the codecs the routes use',
    roles: hostRoles,
    params: strict('NoParams', {}, {}),
    query: strict('NoQuery', {}, {}),
    body: noBody,
    response: OpenApiAnswer,
    problems: [401],
    handle: () => {
      document ??= openApiDocument(routes());
      return Promise.resolve(E.right({ status: 200, body: document }));
    },
  });
};
