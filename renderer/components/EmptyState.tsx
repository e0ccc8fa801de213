// A friendly placeholder for an empty list or screen.
import type { ReactNode } from 'react';

/** <EmptyState icon={<Inbox />} title="…" actions?={…}>one or two sentences</EmptyState> */
export function EmptyState({ icon, title, children, actions, level = 2 }: {
  icon?: ReactNode; title: ReactNode; children?: ReactNode; actions?: ReactNode;
  /** 1 when the empty state is the whole screen (its title is the page's heading). */
  level?: 1 | 2;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty-state">
      {icon && <div className="empty-state-icon" aria-hidden="true">{icon}</div>}
      <Heading className="empty-state-title">{title}</Heading>
      {children && <div className="empty-state-text">{children}</div>}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </div>
  );
}
