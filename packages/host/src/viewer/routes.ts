import express, { type Request, type Response } from 'express';
import { either as E } from 'fp-ts';
import type { Principal } from '../auth/claims.js';
import { verifyToken } from '../auth/tokens.js';
import type { Problem } from '../http/problem.js';
import type { AnyRoute, Reply } from '../http/route.js';
import { langOf, type Lang } from './i18n.js';
import { decisionPage, loginPage, problemPage, productPage, searchPage, verifyPage } from './pages.js';

const cookieName = 'ocop_token';

const tokenOf = (req: Request): string | undefined => {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === cookieName) return decodeURIComponent(v.join('='));
  }
  return undefined;
};

const securityHeaders = (res: Response): void => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
};

/**
 * The audit viewer: server-rendered pages over the API's own routes (the same checks of role, area and
 * seat, the same disclosure of personal data), Vietnamese by default and English with `?lang=en`. The token
 * is entered once and kept in an HttpOnly, SameSite=Strict cookie; forms post to the same origin only.
 */
export const mountViewer = (app: express.Express, routes: ReadonlyArray<AnyRoute>, secret: Uint8Array): void => {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '16kb' }));
  router.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });

  const call = async (
    req: Request,
    res: Response,
    p: Principal,
    operationId: string,
    params: Readonly<Record<string, string>>,
    query: Readonly<Record<string, string>>,
    body?: unknown,
  ): Promise<E.Either<Problem, Reply>> => {
    const r = routes.find((x) => x.operationId === operationId);
    if (!r) throw new Error(`no route ${operationId}`);
    if (!r.roles.includes(p.role))
      return E.left({
        status: 403,
        type: 'urn:ocop:problem:RoleNotAllowed',
        title: 'Forbidden',
        detail: `${operationId} is not open to ${p.role}`,
      });
    return r.run(
      { params, query, body },
      { requestId: String(res.locals['requestId']), principal: p, header: (n) => req.get(n), path: req.path },
    );
  };

  /** Runs a page for a signed-in reader; without a valid token, to the login page. */
  const signedIn =
    (render: (req: Request, res: Response, p: Principal, lang: Lang) => Promise<void>) =>
    (req: Request, res: Response, next: express.NextFunction): void => {
      void (async () => {
        const lang = langOf(req.query['lang']);
        const token = tokenOf(req);
        const verified = token === undefined ? undefined : await verifyToken(secret, token);
        if (verified === undefined || E.isLeft(verified)) {
          res.redirect(303, `/viewer/login?lang=${lang}`);
          return;
        }
        res.locals['role'] = verified.right.role;
        await render(req, res, verified.right, lang);
      })().catch(next);
    };

  const fail = (res: Response, lang: Lang, p: Problem): void => {
    res
      .status(p.status)
      .type('html')
      .send(problemPage(lang, p.status, p.detail));
  };

  router.get('/login', (req, res) => {
    res.type('html').send(loginPage(langOf(req.query['lang']), false));
  });
  router.post('/login', (req, res, next) => {
    void (async () => {
      const lang = langOf(req.query['lang']);
      const given: unknown = req.body;
      const token =
        typeof given === 'object' && given !== null && 'token' in given && typeof given.token === 'string' ? given.token.trim() : '';
      const verified = await verifyToken(secret, token);
      if (E.isLeft(verified)) {
        res.status(401).type('html').send(loginPage(lang, true));
        return;
      }
      res.cookie(cookieName, token, { httpOnly: true, sameSite: 'strict', path: '/viewer', secure: req.secure, maxAge: 12 * 3600 * 1000 });
      res.redirect(303, `/viewer?lang=${lang}`);
    })().catch(next);
  });
  router.post('/logout', (req, res) => {
    res.clearCookie(cookieName, { path: '/viewer' });
    res.redirect(303, `/viewer/login?lang=${langOf(req.query['lang'])}`);
  });

  router.get(
    '/',
    signedIn(async (req, res, p, lang) => {
      const q = typeof req.query['q'] === 'string' ? req.query['q'] : '';
      if (q.trim() === '') return void res.type('html').send(searchPage(lang, '', undefined));
      const found = await call(req, res, p, 'searchProducts', {}, { text: q, limit: '100' });
      if (E.isLeft(found)) return fail(res, lang, found.left);
      res.type('html').send(searchPage(lang, q, found.right.body));
    }),
  );

  router.get(
    '/products/:id',
    signedIn(async (req, res, p, lang) => {
      const id = String(req.params['id']);
      const product = await call(req, res, p, 'getProduct', { id }, {});
      if (E.isLeft(product)) return fail(res, lang, product.left);
      const trail = await call(req, res, p, 'productTrail', { id }, {});
      if (E.isLeft(trail)) return fail(res, lang, trail.left);
      res.type('html').send(productPage(lang, product.right.body, trail.right.body));
    }),
  );

  router.get(
    '/rounds/:roundId/dossiers/:dossierId',
    signedIn(async (req, res, p, lang) => {
      const round = await call(req, res, p, 'getRound', { id: String(req.params['roundId']) }, {});
      if (E.isLeft(round)) return fail(res, lang, round.left);
      const councilId =
        round.right.body !== null && typeof round.right.body === 'object' && 'councilId' in round.right.body
          ? String(round.right.body.councilId)
          : '';
      const council = await call(req, res, p, 'getCouncil', { id: councilId }, {});
      if (E.isLeft(council)) return fail(res, lang, council.left);
      res.type('html').send(decisionPage(lang, round.right.body, council.right.body, String(req.params['dossierId'])));
    }),
  );

  router.get(
    '/verify',
    signedIn(async (_req, res, _p, lang) => {
      res.type('html').send(verifyPage(lang, undefined));
      return Promise.resolve();
    }),
  );
  router.post(
    '/verify',
    signedIn(async (req, res, p, lang) => {
      const started = await call(req, res, p, 'startVerification', {}, {});
      if (E.isLeft(started)) return fail(res, lang, started.left);
      const id =
        started.right.body !== null && typeof started.right.body === 'object' && 'id' in started.right.body
          ? String(started.right.body.id)
          : '';
      res.redirect(303, `/viewer/verifications/${encodeURIComponent(id)}?lang=${lang}`);
    }),
  );
  router.get(
    '/verifications/:id',
    signedIn(async (req, res, p, lang) => {
      const v = await call(req, res, p, 'getVerification', { id: String(req.params['id']) }, {});
      if (E.isLeft(v)) return fail(res, lang, v.left);
      res.type('html').send(verifyPage(lang, v.right.body));
    }),
  );

  app.use('/viewer', router);
};
