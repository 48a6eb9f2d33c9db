import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../lib/errors.js';

/** C0 control characters and DEL: nobody types them in an address, and PostgreSQL refuses a NUL. */
const controlInAddress = /[\u0000-\u001f\u007f]/;
/** In form fields, tab and line ends are text (multi-line fields); the other controls are not. */
const controlInForm = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is left as typed (routes answer 404 or ignore it); it holds no control character once decoded.
    return text;
  }
}

/** The form's text fields without control characters; files are kept as they are. */
function cleaned(form: FormData): FormData {
  const out = new FormData();
  form.forEach((value, name) => {
    const key = name.replace(controlInForm, '');
    if (typeof value === 'string') out.append(key, value.replace(controlInForm, ''));
    else out.append(key, value, value.name.replace(controlInForm, ''));
  });
  return out;
}

/**
 * The one input-cleaning layer, before anything reads the request:
 * - an address (path segment, query parameter name or value) with a control character is refused
 *   with 400, before the page cache or any route sees it;
 * - a form body is read when someone first asks for it (so that an upload route's role gate runs
 *   before its body is read), and then: a body that is no well-formed form is refused with 400, and
 *   control characters other than tab and line ends are removed from every field.
 * Every reader (`c.req.parseBody()`, the CSRF check, the form pipeline) gets the cleaned form.
 */
export function cleanInput(): MiddlewareHandler {
  return (c, next) => {
    const url = c.req.url;
    // A URL holds no raw control character (the parser escapes them): only escapes can decode to one.
    if (url.includes('%')) {
      const start = url.indexOf('/', url.indexOf('//') + 2);
      if (url.slice(start).split(/[/?&=]/).some((part) => controlInAddress.test(decoded(part)))) {
        throw new AppError('invalid_parameter', 'The address contains control characters, which the hub does not accept.');
      }
    }
    const type = c.req.method === 'GET' ? '' : (c.req.header('Content-Type') ?? '').toLowerCase();
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      let form: Promise<FormData> | undefined;
      // Hono's parseBody() takes bodyCache.formData when it is there: hand it the cleaned form, read lazily.
      Object.defineProperty(c.req.bodyCache, 'formData', {
        configurable: true,
        enumerable: false,
        get: () =>
          (form ??= c.req.raw.formData().then(cleaned, () => {
            throw new AppError('invalid_parameter', 'The form could not be read: its body is not well formed.');
          })),
      });
    }
    return next();
  };
}
