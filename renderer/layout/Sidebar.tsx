// The left column: the app's name, a "New supplier" button, the suppliers
// (active, then ended) with small badges for what needs attention, and the
// links to the screens the routes table (routes.tsx) puts in the sidebar.
// The supplier links themselves are in SupplierList.
import clsx from 'clsx';
import { Keyboard, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { ROUTES, hrefOf, type AppRoute, type SidebarLink } from '../routes';
import { SupplierList, type Counted } from './SupplierList';

const linked = (place: SidebarLink['place']) => ROUTES.filter((r): r is AppRoute & { sidebar: SidebarLink } => r.sidebar?.place === place);

function SideLink({ route }: { route: AppRoute & { sidebar: SidebarLink } }) {
  const { t } = useTranslation();
  const { icon: Icon, label, badge: Badge, testId } = route.sidebar;
  return (
    <NavLink to={hrefOf(route)} end={route.path === ''} className={({ isActive }) => clsx('side-link', isActive && 'active')} data-testid={testId}>
      <Icon size={16} aria-hidden="true" />
      <span>{t(label)}</span>
      {Badge && <Badge />}
    </NavLink>
  );
}

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
          {linked('top').map((route) => <SideLink key={route.path} route={route} />)}

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
        {linked('bottom').map((route) => <SideLink key={route.path} route={route} />)}
        <button type="button" className="side-link" onClick={onShowShortcuts}>
          <Keyboard size={16} aria-hidden="true" />
          <span>{t('sidebar.shortcuts')}</span>
          <kbd className="kbd kbd-quiet" aria-hidden="true">?</kbd>
        </button>
      </nav>
    </aside>
  );
}
