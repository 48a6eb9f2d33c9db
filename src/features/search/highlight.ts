import { type QueryTerm, matchesTerm } from './text.js';

/** A piece of a snippet; `mark` pieces matched the query. Views render them with <mark>, escaped. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * The part of `text` around the first words that match the query, cut at word boundaries to about
 * `length` characters, with the matching words marked.
 */
export function snippet(text: string, terms: QueryTerm[], length = 220): SnippetPart[] {
  const tokens = text.split(/([\p{L}\p{N}]+)/u);
  const isWord = (i: number) => i % 2 === 1;
  const hits = tokens.map((token, i) => isWord(i) && terms.length > 0 && matchesTerm(token, terms));
  const first = hits.indexOf(true);
  let start = 0;
  if (first > 0 && text.length > length) {
    let before = 0;
    start = first;
    while (start > 0 && before + tokens[start - 1]!.length < length / 3) {
      before += tokens[start - 1]!.length;
      start -= 1;
    }
  }
  const parts: SnippetPart[] = [];
  let used = 0;
  let end = start;
  for (; end < tokens.length && used < length; end++) {
    const token = tokens[end]!;
    if (!token) continue;
    used += token.length;
    const last = parts[parts.length - 1];
    if (last && last.mark === hits[end]) last.text += token;
    else parts.push({ text: token, mark: Boolean(hits[end]) });
  }
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < tokens.length && tokens.slice(end).join('').trim()) parts.push({ text: ' …', mark: false });
  return parts;
}
