import { gate } from '../../web/policy.js';
import { Feed } from 'feed';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { publicOrigin } from '../../web/links.js';
import { itemPath } from './present.js';
import { itemSummaries } from './queries.js';
import type { ItemType } from './types.js';

export const feedSize = 50;


/** Feed titles and summaries are declared type="html": plain text must be escaped once. */
export const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Atom 1.0 feeds (RFC 4287) of the newest solutions and resources, in the reader's language.
 * Entry ids are tag: URIs minted from the host, the item's creation date and its type and slug,
 * so they stay the same when the item is edited or translated.
 */
export function catalogueFeeds({ db, publicUrl }: AppDeps) {
  const atom = (type: ItemType) => async (c: Context<AppEnv>) => {
    const locale = c.var.locale;
    const base = publicOrigin(c, publicUrl);
    const host = new URL(base).hostname;
    const list = type === 'solution' ? 'solutions' : 'resources';
    const newest = await db
      .selectFrom('items')
      .select(['id', 'createdAt', 'updatedAt'])
      .where('type', '=', type)
      .where('status', '=', 'published')
      .orderBy('updatedAt', 'desc')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(feedSize)
      .execute();
    const items = await itemSummaries(db, newest.map((r) => r.id), locale);
    const createdAt = new Map(newest.map((r) => [r.id, r.createdAt]));
    const text = { title: c.var.t(`feeds.${type}Title`), subtitle: c.var.t(`feeds.${type}Subtitle`) };

    const feed = new Feed({
      id: `${base}/${list}.atom?lang=${locale}`,
      title: text.title,
      description: text.subtitle,
      link: `${base}/${list}?lang=${locale}`,
      feed: `${base}/${list}.atom?lang=${locale}`,
      language: locale,
      // Stable for an unchanged catalogue (ETags hold); the Unix epoch for an empty one.
      updated: new Date(newest[0]?.updatedAt ?? 0),
      author: { name: 'E4D Hub', link: `${base}/` },
      generator: 'E4D Hub',
    });
    for (const item of items) {
      const url = `${base}${itemPath(item)}?lang=${locale}`;
      const created = createdAt.get(item.id) ?? item.updatedAt;
      feed.addItem({
        id: `tag:${host},${created.slice(0, 10)}:${type}:${item.slug}`,
        title: html(item.title),
        link: url,
        date: new Date(item.updatedAt),
        published: new Date(created),
        description: html(item.summary),
        author: item.organisations.map((o) => ({ name: o.name, link: `${base}/organisations/${o.slug}` })),
        category: item.policyAreas.map((area) => ({ term: area, scheme: `${base}/policy-areas/` })),
      });
    }
    // The feed package writes no xml:lang; the feed's language is the reader's.
    const xml = feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
    c.header('Content-Type', 'application/atom+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=900');
    c.header('Vary', 'Accept-Language, Cookie');
    return c.body(xml);
  };

  return new Hono<AppEnv>().get('/solutions.atom', gate('public'), atom('solution')).get('/resources.atom', gate('public'), atom('resource'));
}
