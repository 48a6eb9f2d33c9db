import { gate } from './policy.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

interface Asset {
  body: Uint8Array;
  type: string;
  etag: string;
}

const types: Record<string, string> = { css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };

/** Assets read once at start and served under a content-hashed name, cached for a year. */
function loadAsset(file: string): { url: string; asset: Asset } {
  const body = readFileSync(new URL(`./static/${file}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [base, ext = ''] = file.split(/\.(?=[^.]+$)/);
  return { url: `/static/${base}.${hash}.${ext}`, asset: { body, type: types[ext] ?? 'application/octet-stream', etag: `"${hash}"` } };
}

const css = loadAsset('site.css');
const favicon = loadAsset('favicon.svg');

export const assetUrls = { css: css.url, favicon: favicon.url };

const byUrl = new Map([css, favicon].map((a) => [a.url, a.asset]));

export const staticRoutes = new Hono().get('/static/:name', gate('public'), (c) => {
  const asset = byUrl.get(c.req.path);
  if (!asset) return c.notFound();
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  c.header('ETag', asset.etag);
  if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
  return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type });
});
