// The pack's building blocks on paper: a section with its heading, a fact in
// the header's list, the header itself, the tag on a private entry.
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rp-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Section({ title, className, children, intro }: { title: string; className?: string; children: ReactNode; intro?: ReactNode }) {
  return (
    <section className={clsx('rp-section', className)}>
      <h2 className="rp-h2">{title}</h2>
      {intro && <p className="rp-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** The tag itself asks for its word only where it shows: a pack's hundreds of rows do not each subscribe to i18n. */
export function PrivateTag({ show }: { show: boolean }) {
  return show ? <PrivateWord /> : null;
}

function PrivateWord() {
  const { t } = useTranslation('report');
  return <span className="rp-private">{t('tables.private')}</span>;
}

/** The top of a pack (supplier or portfolio): eyebrow, name, facts, and its flags or the mark. */
export function DocHeader({ title, name, sub, facts, flags }: { title: string; name: string; sub?: string; facts: ReactNode; flags?: ReactNode }) {
  const { t } = useTranslation('report');
  return (
    <header className="rp-header">
      <div className="rp-header__top">
        <div className="rp-eyebrow">{t('eyebrow')} · {title}</div>
        {flags || <div className="rp-mark" aria-hidden="true">Rapport</div>}
      </div>
      <h1 className="rp-h1">{name}</h1>
      {sub && <p className="rp-sub">{sub}</p>}
      <dl className="rp-facts">{facts}</dl>
    </header>
  );
}
