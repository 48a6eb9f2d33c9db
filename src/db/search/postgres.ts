import { type Kysely, sql } from 'kysely';
import { type QueryTerm, indexText } from '../../features/search/text.js';
import type { Database } from '../schema.js';
import { type DocType, type SearchIndex, assertToken } from './index.js';

/** (stem | typed:*) & (…) for to_tsquery('simple', …): tokens are letters and digits only. */
function tsquery(terms: QueryTerm[]): string {
  return terms
    .map((t) => `(${[...t.stems.map((s) => `'${assertToken(s)}'`), ...(t.prefix ? [`'${assertToken(t.prefix)}':*`] : [])].join(' | ')})`)
    .join(' & ');
}

export const postgresIndex: SearchIndex = {
  async replace(db, docType, docId, texts) {
    await this.remove(db, docType, docId);
    if (texts.length === 0) return;
    // The 'simple' configuration only lower-cases: the stems were made in JavaScript.
    await sql`insert into search_documents (doc_type, doc_id, locale, tsv) values ${sql.join(
      texts.map(
        (t) => sql`(${docType}, ${docId}, ${t.locale},
          setweight(to_tsvector('simple', ${indexText(t.title, t.locale)}), 'A') ||
          setweight(to_tsvector('simple', ${indexText(t.summary, t.locale)}), 'B') ||
          setweight(to_tsvector('simple', ${indexText(t.body, t.locale)}), 'D'))`,
      ),
    )}`.execute(db);
  },

  async remove(db, docType, docId) {
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async match(db: Kysely<Database>, terms, types) {
    if (terms.length === 0 || types.length === 0) return [];
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type, d.doc_id, max(ts_rank(d.tsv, q.query)) as score
      from search_documents d, to_tsquery('simple', ${tsquery(terms)}) as q(query)
      where d.tsv @@ q.query and d.doc_type in (${sql.join(types)})
      group by d.doc_type, d.doc_id
      order by score desc, d.doc_id`.execute(db);
    return rows.map((r) => ({ docType: r.docType, docId: r.docId, score: Number(r.score) }));
  },
};
