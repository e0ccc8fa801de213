// The app's plain lists as tables (the trash, the templates, the backups):
// a card, a caption for screen readers, one header row whose last column,
// the row's actions, is named for screen readers only, and the rows given.
import clsx from 'clsx';
import type { ReactNode } from 'react';

export interface ListColumn {
  label: string;
  className?: string;
}

export function ListTable({ caption, columns, actions, className, cardClassName, children }: {
  caption: string;
  columns: readonly ListColumn[];
  /** The last column's name, heard but not shown. */
  actions: string;
  className?: string;
  cardClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={clsx('table-card', cardClassName)}>
      <table className={clsx('table', className)}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => <th key={c.label} scope="col" className={c.className}>{c.label}</th>)}
            <th scope="col"><span className="visually-hidden">{actions}</span></th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
