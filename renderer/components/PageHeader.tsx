// The top of every screen: title, an optional line beneath, actions on the right.
import type { ReactNode } from 'react';

/** <PageHeader title="…" subtitle?="…" eyebrow?={…} actions?={<Button …/>} />: renders the screen's <h1>. */
export function PageHeader({ title, subtitle, eyebrow, actions }: { title: ReactNode; subtitle?: ReactNode; eyebrow?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header-text">
        {eyebrow && <div className="page-eyebrow">{eyebrow}</div>}
        <h1 className="page-title">{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
