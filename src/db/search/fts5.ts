import { sql } from 'kysely';
import type { QueryClause, QueryTerm } from '../../features/search/text.js';
import { groupBy } from '../../lib/group-by.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { type DocType, type SearchIndex, addVocabulary, assertToken, docTypes, headOf, indexedText, parseIdList } from './index.js';

/**
 * The FTS rowid (and search_documents.id) says which text it is: document id, type (4 bits) and
 * language (3 bits) in one integer, so a match needs no join to know its document: rowid >> 3 is the
 * document's key (docKey), rowid >> 7 its id.
 */
export function fts5RowId(docType: DocType, docId: number, locale: Locale): number {
  return (docId * 16 + docTypes.indexOf(docType)) * 8 + locales.indexOf(locale);
}

/** ("stem" OR "typed"*) for one term: every token quoted, so nothing the visitor typed is FTS5 syntax. */
function termExpression(t: QueryTerm): string {
  return `(${[...t.stems.map((s) => `"${assertToken(s)}"`), ...(t.prefix ? [`"${assertToken(t.prefix)}"*`] : [])].join(' OR ')})`;
}

const clauseExpression = (c: QueryClause) => `(${c.alternatives.map((terms) => `(${terms.map(termExpression).join(' AND ')})`).join(' OR ')})`;
const matchExpression = (clauses: QueryClause[]) => clauses.map(clauseExpression).join(' AND ');

export const fts5Index: SearchIndex = {
  async replace(db, docType, docId, texts) {
    await this.remove(db, docType, docId);
    for (const text of texts) {
      const id = fts5RowId(docType, docId, text.locale);
      const indexed = indexedText(text);
      await db.insertInto('searchDocuments').values({ id, docType, docId, locale: text.locale, head: headOf(indexed) }).execute();
      await sql`insert into search_fts (rowid, title, summary, body) values (${id}, ${indexed.title}, ${indexed.summary}, ${indexed.body})`.execute(db);
    }
    await addVocabulary(db, texts);
  },

  async replaceMany(db, documents) {
    // In-process: one document at a time costs nothing worth batching.
    for (const d of documents) await this.replace(db, d.docType, d.docId, d.texts);
  },

  async remove(db, docType, docId) {
    await sql`delete from search_fts where rowid in (select id from search_documents where doc_type = ${docType} and doc_id = ${docId})`.execute(db);
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async matchKeys(db, clauses) {
    if (clauses.length === 0) return new Int32Array(0);
    // Every type at once, split by the caller: a filter on the type here costs more (it is evaluated
    // for every matching row) than it saves. One string of keys rather than a row object per match.
    const { rows } = await sql<{ keys: string | null }>`
      select group_concat(rowid >> 3) as keys from search_fts where search_fts match ${matchExpression(clauses)}`.execute(db.withoutPlugins());
    return parseIdList(rows[0]?.keys ?? null);
  },

  async heads(db, keys) {
    if (keys.length === 0) return new Map();
    // Each key's texts are the rowids key * 8 to key * 8 + 7 (one per language): a range of the primary key each.
    const { rows } = await sql<{ id: number; head: string }>`
      select d.id, d.head from json_each(${JSON.stringify(keys)}) k
      join search_documents d on d.id between k.value * 8 and k.value * 8 + 7`.execute(db.withoutPlugins());
    return groupBy(rows, (r) => Math.floor(r.id / 8), (r) => r.head);
  },
};
