import { sql } from 'kysely';
import type { QueryClause, QueryTerm } from '../../features/search/text.js';
import { groupBy } from '../../lib/group-by.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { type DocType, type SearchIndex, addVocabulary, assertToken, docTypes, headOf, indexedText, isToken, ordinalsInto, parseIdList } from './index.js';

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

  async postings(db) {
    const raw = db.withoutPlugins();
    const { rows } = await sql<{ ids: string | null }>`select group_concat(id) as ids from (select id from search_documents order by id)`.execute(raw);
    const ids = parseIdList(rows[0]?.ids ?? null);
    // fts5vocab lists the index's tokens (in order); a MATCH per token, in the same statement, lists its
    // texts: the index keeps no text to read back. 500 tokens a statement bound the strings held at once.
    await sql`create virtual table if not exists temp.search_fts_tokens using fts5vocab(main, search_fts, row)`.execute(raw);
    const ordinals = new Int32Array(ids.length);
    async function* terms(): AsyncGenerator<[string, Int32Array]> {
      const batch = 500;
      for (let after = ''; ; ) {
        const { rows: listed } = await sql<{ term: string; ids: string | null }>`
          select term, (select group_concat(rowid) from (select rowid from search_fts where search_fts match '"' || term || '"' order by rowid)) as ids
          from temp.search_fts_tokens where term > ${after} order by term limit ${batch}`.execute(raw);
        for (const { term, ids: list } of listed) {
          if (!isToken(term)) continue; // no query can ask for it
          const n = ordinalsInto(ordinals, ids, list);
          if (n) yield [term, ordinals.subarray(0, n)];
        }
        if (listed.length < batch) return;
        after = listed.at(-1)!.term;
      }
    }
    return { keys: ids.map((id) => Math.floor(id / 8)), terms: terms() };
  },
};
