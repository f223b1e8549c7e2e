import express, { type NextFunction, type Request, type Response } from 'express';
import { either as E } from 'fp-ts';
import { authenticate, bearerOf } from '../auth/authenticate.js';
import type { Log } from '../http/log.js';
import { problem } from '../http/problem.js';
import { requestIdOf } from '../http/request-id.js';
import type { AnyRoute } from '../http/route.js';
import { sendProblem, sendReply } from '../http/send.js';

export interface AppOptions {
  readonly routes: ReadonlyArray<AnyRoute>;
  readonly tokenSecret: Uint8Array;
  readonly log: Log;
  /** Routes outside the API: health, the OpenAPI document, the viewer. */
  readonly extra: (app: express.Express) => void;
  /** The largest JSON body accepted. */
  readonly bodyLimit?: string;
}

const isJsonType = (req: Request): boolean => req.is(['application/json', 'application/*+json']) !== false;

/**
 * The Express application: request ids and one log line per request, JSON bodies up to a limit, bearer
 * authentication, the role gate of every route, and problem details for every error. Express's own
 * (weak) ETags are off: ETags here are the streams' revisions.
 */
export const createApp = (options: AppOptions): express.Express => {
  const app = express();
  app.set('etag', false);
  app.set('x-powered-by', false);
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.get('x-request-id'));
    res.setHeader('X-Request-Id', requestId);
    res.locals['requestId'] = requestId;
    res.on('finish', () => {
      const role: unknown = res.locals['role'];
      options.log({
        level: 'info',
        msg: 'request',
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(typeof role === 'string' ? { role } : {}),
      });
    });
    next();
  });

  app.use((req, res, next) => {
    const length = Number(req.get('content-length') ?? '0');
    const chunked = req.get('transfer-encoding') !== undefined;
    if ((length > 0 || chunked) && req.path.startsWith('/api/') && !isJsonType(req))
      return sendProblem(req, res, problem(415, 'UnsupportedMediaType', 'bodies are JSON: send Content-Type: application/json'));
    next();
  });
  app.use('/api', express.json({ limit: options.bodyLimit ?? '64kb', strict: false, type: ['application/json', 'application/*+json'] }));

  options.extra(app);

  for (const r of options.routes) {
    app[r.method](r.path, (req: Request, res: Response, next: NextFunction) => {
      void (async () => {
        const principal = await authenticate(options.tokenSecret, bearerOf(req.get('authorization')));
        if (E.isLeft(principal)) return sendProblem(req, res, principal.left);
        const p = principal.right;
        res.locals['role'] = p.role;
        if (!r.roles.includes(p.role))
          return sendProblem(req, res, problem(403, 'RoleNotAllowed', `${r.operationId} is not open to the role ${p.role}`));
        const requestId = String(res.locals['requestId']);
        const body: unknown = req.body;
        const answer = await r.run(
          { params: req.params, query: req.query, body },
          { requestId, principal: p, header: (name) => req.get(name), path: req.path },
        );
        if (E.isLeft(answer)) return sendProblem(req, res, answer.left);
        sendReply(res, answer.right);
      })().catch(next);
    });
  }

  app.use((req: Request, res: Response) =>
    sendProblem(req, res, problem(404, 'NoSuchRoute', `no route ${req.method} ${req.path}; see /openapi.json`)),
  );

  // Express's own errors (bodies too large or malformed) and defects, as problems.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const type = typeof err === 'object' && err !== null && 'type' in err ? String(err.type) : '';
    if (type === 'entity.too.large')
      return sendProblem(req, res, problem(413, 'BodyTooLarge', `bodies are at most ${options.bodyLimit ?? '64kb'}`));
    if (type === 'entity.parse.failed') return sendProblem(req, res, problem(400, 'MalformedJson', 'the body is not valid JSON'));
    if (type === 'charset.unsupported' || type === 'encoding.unsupported')
      return sendProblem(req, res, problem(415, 'UnsupportedMediaType', 'bodies are UTF-8 JSON'));
    options.log({
      level: 'error',
      msg: 'defect',
      requestId: res.locals['requestId'],
      error: err instanceof Error ? err.message : String(err),
    });
    if (res.headersSent) return res.end();
    sendProblem(req, res, problem(500, 'Defect', 'the host failed on this request; it is logged with the request id'));
  });
  return app;
};
