import { type Kysely, sql } from 'kysely';
import { type QueryTerm, indexText } from '../../features/search/text.js';
import type { Database } from '../schema.js';
import { type DocType, type SearchHit, type SearchIndex, assertToken } from './index.js';

/** Column weights for bm25: title, summary, body. */
const weights = sql.raw('10.0, 4.0, 1.0');

/** ("stem" OR "typed"*) AND (…): every token quoted, so nothing the visitor typed is FTS5 syntax. */
function matchExpression(terms: QueryTerm[]): string {
  return terms
    .map((t) => `(${[...t.stems.map((s) => `"${assertToken(s)}"`), ...(t.prefix ? [`"${assertToken(t.prefix)}"*`] : [])].join(' OR ')})`)
    .join(' AND ');
}

export const fts5Index: SearchIndex = {
  async replace(db, docType, docId, texts) {
    await this.remove(db, docType, docId);
    for (const text of texts) {
      const { id } = await db
        .insertInto('searchDocuments')
        .values({ docType, docId, locale: text.locale })
        .returning('id')
        .executeTakeFirstOrThrow();
      await sql`insert into search_fts (rowid, title, summary, body) values (${id}, ${indexText(text.title, text.locale)}, ${indexText(text.summary, text.locale)}, ${indexText(text.body, text.locale)})`.execute(
        db,
      );
    }
  },

  async remove(db, docType, docId) {
    await sql`delete from search_fts where rowid in (select id from search_documents where doc_type = ${docType} and doc_id = ${docId})`.execute(db);
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async match(db: Kysely<Database>, terms, types) {
    if (terms.length === 0 || types.length === 0) return [];
    // bm25() cannot sit under an aggregate, so the best text per document is picked here.
    const { rows } = await sql<{ docType: DocType; docId: number; rank: number }>`
      select d.doc_type, d.doc_id, bm25(search_fts, ${weights}) as rank
      from search_fts join search_documents d on d.id = search_fts.rowid
      where search_fts match ${matchExpression(terms)} and d.doc_type in (${sql.join(types)})`.execute(db);
    const best = new Map<string, SearchHit>();
    for (const r of rows) {
      // bm25 is lower-is-better; turn it round so every engine returns higher-is-better.
      const key = `${r.docType}:${r.docId}`;
      const seen = best.get(key);
      if (!seen || -r.rank > seen.score) best.set(key, { docType: r.docType, docId: r.docId, score: -r.rank });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.docId - b.docId);
  },
};
