// The left column: the app's name, a "New supplier" button, the suppliers
// (active, then ended) with small badges for what needs attention, and the
// links to the overview, the trash and the settings.
import clsx from 'clsx';
import { AlertTriangle, Clock, DatabaseBackup, Home, Keyboard, Plus, Scale, Settings, Trash2 } from 'lucide-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import type { SupplierSummary } from '../../core/types';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';

type Counted = (key: 'sidebar.overdue' | 'sidebar.incidents', count: number) => string;

// Memoised, with the active supplier worked out once for the whole list and
// the counted phrases shared: a journal of 200 suppliers draws 200 of these at
// start. A plain link to the route's hash (the router follows the hash), as a
// router Link per row costs several hooks each.
const SupplierLink = memo(function SupplierLink({ supplier, active, counted }: { supplier: SupplierSummary; active: boolean; counted: Counted }) {
  const overdue = supplier.overduePromises > 0 ? counted('sidebar.overdue', supplier.overduePromises) : '';
  const incidents = supplier.openIncidents > 0 ? counted('sidebar.incidents', supplier.openIncidents) : '';
  return (
    <li>
      <a
        href={`#/suppliers/${supplier.id}`}
        aria-current={active ? 'page' : undefined}
        className={clsx('side-link supplier-link', active && 'active', supplier.status === 'ended' && 'ended')}
      >
        <span className="supplier-link-name">{supplier.name}</span>
        <span className="supplier-badges">
          {overdue && (
            <span className="badge badge-warning" title={overdue}>
              <Clock size={12} aria-hidden="true" />
              <span aria-hidden="true">{supplier.overduePromises}</span>
              <span className="visually-hidden">{overdue}</span>
            </span>
          )}
          {incidents && (
            <span className="badge badge-danger" title={incidents}>
              <AlertTriangle size={12} aria-hidden="true" />
              <span aria-hidden="true">{supplier.openIncidents}</span>
              <span className="visually-hidden">{incidents}</span>
            </span>
          )}
        </span>
      </a>
    </li>
  );
});

export function Sidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const active = suppliers.data?.filter((s) => s.status === 'active') ?? [];
  const ended = suppliers.data?.filter((s) => s.status === 'ended') ?? [];
  const current = Number(useMatch('/suppliers/:supplierId/*')?.params.supplierId);
  const counted = useMemo<Counted>(() => {
    const phrases = new Map<string, string>();
    for (const s of suppliers.data ?? []) {
      for (const [key, count] of [['sidebar.overdue', s.overduePromises], ['sidebar.incidents', s.openIncidents]] as const) {
        if (count > 0 && !phrases.has(`${key}:${count}`)) phrases.set(`${key}:${count}`, t(key, { count }));
      }
    }
    return (key, count) => phrases.get(`${key}:${count}`) ?? '';
  }, [suppliers.data, t]);

  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div className="brand">
        <img src="./favicon.svg" alt="" width={26} height={26} className="brand-icon" />
        <span className="brand-name">Rapport</span>
      </div>

      <LinkButton to="/suppliers/new" variant="primary" className="sidebar-new" icon={<Plus size={16} aria-hidden="true" />}>
        {t('sidebar.newSupplier')}
      </LinkButton>

      <nav className="sidebar-nav" aria-label={t('sidebar.suppliers')}>
        <NavLink to="/" end className={({ isActive }) => clsx('side-link', isActive && 'active')}>
          <Home size={16} aria-hidden="true" />
          <span>{t('sidebar.overview')}</span>
        </NavLink>

        {suppliers.isSuccess && suppliers.data.length > 0 && (
          <>
            <h2 className="side-heading" id="side-active">{t('sidebar.active')}</h2>
            {active.length > 0 ? (
              <ul className="side-list" aria-labelledby="side-active">
                {active.map((s) => <SupplierLink key={s.id} supplier={s} active={s.id === current} counted={counted} />)}
              </ul>
            ) : (
              <p className="side-empty">{t('sidebar.noActive')}</p>
            )}
            {ended.length > 0 && (
              <>
                <h2 className="side-heading" id="side-ended">{t('sidebar.ended')}</h2>
                <ul className="side-list" aria-labelledby="side-ended">
                  {ended.map((s) => <SupplierLink key={s.id} supplier={s} active={s.id === current} counted={counted} />)}
                </ul>
              </>
            )}
          </>
        )}
        {suppliers.isSuccess && suppliers.data.length === 0 && <p className="side-empty">{t('sidebar.none')}</p>}
      </nav>

      <nav className="sidebar-footer" aria-label={t('sidebar.more')}>
        <NavLink to="/trash" className={({ isActive }) => clsx('side-link', isActive && 'active')}>
          <Trash2 size={16} aria-hidden="true" />
          <span>{t('sidebar.trash')}</span>
        </NavLink>
        <NavLink to="/data" className={({ isActive }) => clsx('side-link', isActive && 'active')}><DatabaseBackup size={16} aria-hidden="true" /><span>{t('data:nav')}</span></NavLink>
        <NavLink to="/settings" className={({ isActive }) => clsx('side-link', isActive && 'active')}>
          <Settings size={16} aria-hidden="true" />
          <span>{t('sidebar.settings')}</span>
        </NavLink>
        <NavLink to="/how-trust-works" className={({ isActive }) => clsx('side-link', isActive && 'active')}><Scale size={16} aria-hidden="true" /><span>{t('trust:howto.title')}</span></NavLink>
        <button type="button" className="side-link" onClick={onShowShortcuts}>
          <Keyboard size={16} aria-hidden="true" />
          <span>{t('sidebar.shortcuts')}</span>
          <kbd className="kbd kbd-quiet" aria-hidden="true">?</kbd>
        </button>
      </nav>
    </aside>
  );
}
