import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { publicOrigin } from '../../web/links.js';
import { assetUrls } from '../../web/static.js';
import { gate } from '../../web/policy.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * /opensearch.xml: lets a browser add the hub as a search engine (OpenSearch 1.1): the search page
 * for people, the API for suggestions-free JSON. Pages link to it from their head.
 */
export function openSearchRoutes({ publicUrl, brand }: AppDeps) {
  return new Hono<AppEnv>().get('/opensearch.xml', gate('public'), (c) => {
    const origin = publicOrigin(c, publicUrl);
    const name = xml(brand.name.slice(0, 16));
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${name}</ShortName>
  <Description>${xml(`${brand.name}: solutions, resources, partners, countries, events and requests on e-commerce for development`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="16" width="16" type="image/svg+xml">${origin}${assetUrls.favicon}</Image>
  <Url type="text/html" method="get" template="${origin}/search?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${origin}/api/v1/search?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
  <Language>en</Language>
  <Language>fr</Language>
  <Language>es</Language>
</OpenSearchDescription>
`;
    return c.body(body, 200, { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' });
  });
}
