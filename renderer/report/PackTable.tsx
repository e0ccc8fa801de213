// The one table block of a pack: a heading (and intro), a table whose columns
// carry their width class (report.css, `col.rp-c-*`), or a line when it is empty.
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Section } from './PackLayout';

export interface PackColumn {
  label: string;
  /** On the <col> (its width) and the <th>. */
  className?: string;
}

export function PackTable({ title, intro, className, tableClassName, cols, rows, empty }: {
  title: string;
  intro?: string;
  className?: string;
  tableClassName?: string;
  cols: PackColumn[];
  /** <tr> elements, one per row. */
  rows: ReactNode[];
  empty: string;
}) {
  return (
    <Section title={title} intro={intro} className={clsx('rp-table-section', className)}>
      {rows.length === 0 ? (
        <p className="rp-muted">{empty}</p>
      ) : (
        <table className={clsx('rp-table', tableClassName)}>
          <colgroup>{cols.map((c, i) => <col key={i} className={c.className} />)}</colgroup>
          <thead>
            <tr>{cols.map((c, i) => <th key={i} scope="col" className={c.className}>{c.label}</th>)}</tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </Section>
  );
}
