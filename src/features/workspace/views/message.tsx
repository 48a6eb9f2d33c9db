import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../../web/context.js';
import { render } from '../../../web/render.js';

/** A page that only says why something was not done, with the way back to the workspace. */
export function messagePage(c: Context<AppEnv>, title: string, message: string, status: ContentfulStatusCode) {
  return render(
    c,
    { title },
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/workspace">{c.var.t('workspace.revision.back')}</a>
      </p>
    </>,
    status,
  );
}
