import type { Request, Response } from 'express';
import type { Problem } from './problem.js';
import type { Reply } from './route.js';

/** Answers with a problem document; the request id lets a caller quote it. */
export const sendProblem = (req: Request, res: Response, p: Problem): void => {
  const { headers, status, ...body } = p;
  for (const [k, v] of Object.entries(headers ?? {})) res.setHeader(k, v);
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, status, instance: req.path, requestId: res.getHeader('X-Request-Id') }));
};

export const sendReply = (res: Response, r: Reply): void => {
  for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
  res.status(r.status);
  if (r.text !== undefined) res.type(r.contentType ?? 'text/plain; charset=utf-8').send(r.text);
  else if (r.body === undefined) res.end();
  else res.type(r.contentType ?? 'application/json').send(JSON.stringify(r.body));
};
