// Full-text search: the query language (query.ts), the words as the index
// cuts them (words.ts) and the highlighting of results (highlight.ts). Pure:
// db/worker/search.ts runs the expressions on SQLite, the renderer draws the marks.
export { parseSearch, chunks, MAX_QUERY_TERMS, type ParsedSearch, type ParseResult, type SearchIssue, type SearchTerm } from './query';
export { markAll, markRanges, opening, snippet, snippetOfLine, type Marked } from './highlight';
export { fold, words } from './words';
export { kindsNamed } from './kinds';
