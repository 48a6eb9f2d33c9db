import type { TestHub } from './test-app.js';

type PostOptions = { from?: string; token?: string | null };

/**
 * A browser without JavaScript for HTTP tests: keeps cookies, follows nothing by itself, and posts
 * forms with the CSRF token of the page they came from (or of `from`).
 */
export class Visitor {
  readonly cookies = new Map<string, string>();
  lastPage = '';
  /** What @hono/node-server would pass: the socket the request came from (abuse limits count by its address). */
  private readonly env: { incoming: { socket: { remoteAddress: string; remotePort: number; remoteFamily: string } } } | undefined;

  /** `address`: the client's network address, as the server would see it (none by default: limits per address do not apply). */
  constructor(
    private readonly hub: Pick<TestHub, 'app'>,
    options: { address?: string } = {},
  ) {
    const { address } = options;
    this.env = address ? { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } } } : undefined;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { ...(cookie ? { Cookie: cookie } : {}), ...extra };
  }

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return res;
  }

  async get(path: string): Promise<Response> {
    const res = this.keep(await this.hub.app.request(path, { headers: this.headers() }, this.env));
    if ((res.headers.get('Content-Type') ?? '').startsWith('text/html')) this.lastPage = await res.clone().text();
    return res;
  }

  /** The CSRF token in the last page (or in `from`, fetched first). */
  async token(from?: string): Promise<string> {
    if (from) await this.get(from);
    // In a hidden field, or in an upload form's address (web/csrf.ts).
    const match = /name="_csrf" value="([^"]+)"/.exec(this.lastPage) ?? /[?&]_csrf=([^"&]+)/.exec(this.lastPage);
    if (!match) throw new Error('no CSRF token on the page');
    return decodeURIComponent(match[1]!);
  }

  /** POST a form; `from` is the page that shows it (its token is used), default: the last page. */
  /** POST a form; a field given as a list is sent once per value (checkboxes). */
  async post(path: string, fields: Record<string, string | string[]>, options: { from?: string; token?: string | null } = {}): Promise<Response> {
    const token = options.token === null ? undefined : (options.token ?? (await this.token(options.from)));
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    if (token) body.append('_csrf', token);
    const res = this.keep(
      await this.hub.app.request(path, { method: 'POST', body: body.toString(), headers: this.headers({ 'Content-Type': 'application/x-www-form-urlencoded' }) }, this.env),
    );
    if ((res.headers.get('Content-Type') ?? '').startsWith('text/html')) this.lastPage = await res.clone().text();
    return res;
  }

  /** POST a multipart form (a file upload) with the token of `from` or of the last page. */
  async postMultipart(path: string, form: FormData, options: PostOptions = {}): Promise<Response> {
    const token = options.token === null ? undefined : (options.token ?? (await this.token(options.from)));
    // An upload's token goes in the address, as the page's form puts it (web/csrf.ts).
    const target = token ? `${path}${path.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(token)}` : path;
    // No Content-Type of our own: the Request sets multipart/form-data with its boundary.
    const res = this.keep(await this.hub.app.request(target, { method: 'POST', body: form, headers: this.headers() }, this.env));
    if ((res.headers.get('Content-Type') ?? '').startsWith('text/html')) this.lastPage = await res.clone().text();
    return res;
  }
}

/** The link of the newest email to an address whose path starts with `path`. */
export async function emailLink(hub: TestHub, to: string, path: string): Promise<string> {
  const mails = await hub.db.db.selectFrom('outbox').select(['text']).where('toAddress', '=', to).orderBy('id', 'desc').execute();
  for (const mail of mails) {
    const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(path));
    if (link) {
      const url = new URL(link);
      return `${url.pathname}${url.search}`;
    }
  }
  throw new Error(`no email to ${to} with a link to ${path}`);
}
