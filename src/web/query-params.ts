/**
 * Every query parameter a route of the hub reads: pages, downloads, feeds and the API. The page cache
 * stores a response only when its address uses none but these (any other parameter changes nothing
 * the route shows, so `/sitemap.xml?c=1`, `?c=2`… would only be copies of one page filling memory).
 * A route that reads a new parameter adds it here: tests/http/query-params.test.ts fails until it does.
 */
export const knownQueryParams: ReadonlySet<string> = new Set([
  // every page and the API
  'lang',
  'page',
  'pageSize',
  'done',
  // catalogue and search (catalogue/schema.ts), also the API's filters
  'q',
  'type',
  'policyArea',
  'kind',
  'organisation',
  'beneficiary',
  'region',
  'country',
  'group',
  'language',
  'cost',
  'sort',
  // the site-wide search: words as typed, without correction
  'exact',
  // "Ask for this": the item a request form is filled from; the contact form's topic
  'solution',
  'resource',
  'topic',
  // data: rankings, comparisons, downloads, indicators
  'order',
  'format',
  'countries',
  'edition',
  'year',
  'sex',
  'indicator',
  // events: list, calendar, programme time zone
  'when',
  'from',
  'to',
  'month',
  'mode',
  'tz',
  // connect and workspace lists
  'status',
  'show',
  // accounts and registrations (forms: never cached, but read)
  'next',
  'token',
  // secretariat pages (signed in: never cached, but read)
  'email',
  'entityType',
]);
