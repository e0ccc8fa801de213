// The left column: the app's name, a "New supplier" button, the suppliers
// (active, then ended) with small badges for what needs attention, and the
// links to the overview, the trash and the settings.
import clsx from 'clsx';
import { AlertTriangle, Clock, DatabaseBackup, Home, Keyboard, Plus, Scale, Settings, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SupplierSummary } from '../../core/types';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';

function SupplierLink({ supplier }: { supplier: SupplierSummary }) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink to={`/suppliers/${supplier.id}`} className={({ isActive }) => clsx('side-link supplier-link', isActive && 'active', supplier.status === 'ended' && 'ended')}>
        <span className="supplier-link-name">{supplier.name}</span>
        <span className="supplier-badges">
          {supplier.overduePromises > 0 && (
            <span className="badge badge-warning" title={t('sidebar.overdue', { count: supplier.overduePromises })}>
              <Clock size={12} aria-hidden="true" />
              <span aria-hidden="true">{supplier.overduePromises}</span>
              <span className="visually-hidden">{t('sidebar.overdue', { count: supplier.overduePromises })}</span>
            </span>
          )}
          {supplier.openIncidents > 0 && (
            <span className="badge badge-danger" title={t('sidebar.incidents', { count: supplier.openIncidents })}>
              <AlertTriangle size={12} aria-hidden="true" />
              <span aria-hidden="true">{supplier.openIncidents}</span>
              <span className="visually-hidden">{t('sidebar.incidents', { count: supplier.openIncidents })}</span>
            </span>
          )}
        </span>
      </NavLink>
    </li>
  );
}

export function Sidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const active = suppliers.data?.filter((s) => s.status === 'active') ?? [];
  const ended = suppliers.data?.filter((s) => s.status === 'ended') ?? [];

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
                {active.map((s) => <SupplierLink key={s.id} supplier={s} />)}
              </ul>
            ) : (
              <p className="side-empty">{t('sidebar.noActive')}</p>
            )}
            {ended.length > 0 && (
              <>
                <h2 className="side-heading" id="side-ended">{t('sidebar.ended')}</h2>
                <ul className="side-list" aria-labelledby="side-ended">
                  {ended.map((s) => <SupplierLink key={s.id} supplier={s} />)}
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
