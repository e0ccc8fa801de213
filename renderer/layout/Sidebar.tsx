// The left column: the app's name, a "New supplier" button, the suppliers
// (active, then ended) with small badges for what needs attention, and the
// links to the overview, the trash and the settings. The supplier links
// themselves are in SupplierList.
import clsx from 'clsx';
import { DatabaseBackup, Home, Keyboard, Plus, Scale, Settings, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { SupplierList, type Counted } from './SupplierList';
import { AgendaNav } from '../agenda/AgendaNav';

export function Sidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const active = suppliers.data?.filter((s) => s.status === 'active') ?? [];
  const ended = suppliers.data?.filter((s) => s.status === 'ended') ?? [];
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
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

      <nav className="sidebar-nav" aria-label={t('sidebar.suppliers')} ref={setScroller}>
        <div className="sidebar-nav__content">
          <AgendaNav />
          <NavLink to="/" end className={({ isActive }) => clsx('side-link', isActive && 'active')}>
            <Home size={16} aria-hidden="true" />
            <span>{t('sidebar.overview')}</span>
          </NavLink>

          {suppliers.isSuccess && suppliers.data.length > 0 && (
            <>
              <h2 className="side-heading" id="side-active">{t('sidebar.active')}</h2>
              {active.length > 0 ? (
                <SupplierList suppliers={active} current={current} counted={counted} labelledBy="side-active" scroller={scroller} />
              ) : (
                <p className="side-empty">{t('sidebar.noActive')}</p>
              )}
              {ended.length > 0 && (
                <>
                  <h2 className="side-heading" id="side-ended">{t('sidebar.ended')}</h2>
                  <SupplierList suppliers={ended} current={current} counted={counted} labelledBy="side-ended" scroller={scroller} />
                </>
              )}
            </>
          )}
          {suppliers.isSuccess && suppliers.data.length === 0 && <p className="side-empty">{t('sidebar.none')}</p>}
        </div>
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
