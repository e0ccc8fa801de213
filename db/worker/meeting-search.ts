// Search finds a meeting not yet finished by a word in its points (title,
// detail, notes) or its summary: a finished one is found through the minutes
// it wrote into the journal. Private notes, and points about private entries,
// count only when the search shows private entries. Meetings are few (at most
// one open per supplier), so their texts are read and matched here, word by
// word as the index folds them (core/search/highlight.ts), rather than indexed.
import { markAll, markRanges, opening, snippet, type ParsedSearch } from '../../core/search';
import type { MeetingHit } from '../../core/search/result';
import type { ReadableDB } from './handles';

interface Row {
  meeting_id: number; supplier_id: number; supplier_name: string; date: string; status: MeetingHit['status']; summary: string;
  title: string | null; detail: string | null; notes: string | null; notes_private: number | null; entry_private: number | null;
}

export function meetingHits(db: ReadableDB, q: ParsedSearch, scope: { supplierId: number | null; includePrivate: boolean }): MeetingHit[] {
  if (!q.match || !q.terms.length) return [];
  const rows = db.prepare(`
    SELECT m.id AS meeting_id, m.supplier_id, s.name AS supplier_name, m.date, m.status, m.summary,
      p.title, p.detail, p.notes, p.notes_private, e.private AS entry_private
    FROM meetings m JOIN suppliers s ON s.id = m.supplier_id
      LEFT JOIN meeting_points p ON p.meeting_id = m.id LEFT JOIN entries e ON e.id = p.entry_id
    WHERE m.status <> 'finished' AND s.deleted_at IS NULL AND (@supplierId IS NULL OR m.supplier_id = @supplierId)
    ORDER BY m.date, m.id, p.position, p.id`).all({ supplierId: scope.supplierId }) as Row[];
  const byMeeting = new Map<number, Row[]>();
  for (const r of rows) byMeeting.set(r.meeting_id, [...(byMeeting.get(r.meeting_id) ?? []), r]);
  const hits: MeetingHit[] = [];
  for (const points of byMeeting.values()) {
    const m = points[0]!;
    // What this search may read of each point: its title and detail, and its notes unless they are private.
    const shown = points.filter((p) => p.title !== null && (scope.includePrivate || p.entry_private !== 1)).map((p) => ({
      title: p.title!, texts: [p.detail ?? '', scope.includePrivate || p.notes_private !== 1 ? p.notes ?? '' : ''],
    }));
    const texts = [m.summary, ...shown.flatMap((p) => [p.title, ...p.texts])];
    // Every word somewhere in the meeting, as every word must be in an entry.
    if (!q.terms.every((term) => texts.some((t) => markRanges(t, [term]).length > 0))) continue;
    const point = shown.find((p) => [p.title, ...p.texts].some((t) => markRanges(t, q.terms).length > 0));
    let found = null;
    for (const t of point ? point.texts : [m.summary]) if (t && (found = snippet(t, q.terms))) break;
    hits.push({
      meetingId: m.meeting_id, supplierId: m.supplier_id, supplierName: m.supplier_name, date: m.date, status: m.status,
      point: point ? markAll(point.title, q.terms) : null,
      snippet: found ?? (point ? opening(point.texts[1] || point.texts[0] || '') : snippet(m.summary, q.terms)),
    });
  }
  return hits;
}
