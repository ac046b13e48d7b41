import type { FastifyReply } from 'fastify';
import { h, render, type Raw } from '../jsx/runtime.js';
import { NewsroomLayout, type NewsroomView } from './views/layout.js';

/** Newsroom pages hold drafts and tokens: never stored by browsers or shared caches. */
export const PRIVATE_NO_STORE = 'no-store, private';

/** Renders a newsroom page and sends it, uncacheable and kept out of search engines. */
export function sendNewsroomPage(reply: FastifyReply, view: NewsroomView, title: string, content: Raw, status = 200): FastifyReply {
  const html = render(
    <NewsroomLayout view={view} title={title}>
      {content}
    </NewsroomLayout>,
  );
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', PRIVATE_NO_STORE)
    .header('x-robots-tag', 'noindex, nofollow')
    .send(html);
}
