import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maxImportBytes } from '../features/data/source-file.js';

/** 413 for a body over the limit: a short page, nothing read further. */
const tooLarge = (c: Context) => c.text('The request is too large.', 413);

const formLimit = bodyLimit({ maxSize: 1024 * 1024, onError: tooLarge });
const uploadLimit = bodyLimit({ maxSize: maxImportBytes + 1024 * 1024, onError: tooLarge });

/** A file upload to a route that takes files: the secretariat's data imports. */
const isUpload = (c: Context) => c.req.path.startsWith('/admin/data/') && (c.req.header('Content-Type') ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * Every body but an upload: 1 MB, checked before the CSRF check reads it. An upload is bounded by its
 * route (`uploadBodyLimit`), after the role gate, so that nobody else's body is read at all.
 */
export const formBodyLimit: MiddlewareHandler = (c, next) => (isUpload(c) ? next() : formLimit(c, next));

/** A data upload: the file (refused above its limit by the page, with a message) and the form around it. */
export const uploadBodyLimit: MiddlewareHandler = (c, next) => (isUpload(c) ? uploadLimit(c, next) : next());
