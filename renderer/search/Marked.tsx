// A text with its search matches in <mark>: the ranges come from the journal
// (core/search/highlight.ts), the text stays text (no HTML is ever parsed).
import type { Marked as MarkedText } from '../../core/search';

export function Marked({ value }: { value: MarkedText }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  value.marks.forEach(([start, end], i) => {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={i} className="search-mark">{value.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
