// Every screen of the app, once: its address, the screen, its window title,
// and where it is offered (a link in the sidebar, a jump in the palette).
// App.tsx builds the routes from it, layout/Sidebar.tsx its links,
// search/CommandPalette.tsx its screen jumps; nothing else lists screens.
// Only the start screen is in the first bundle: every other screen loads
// when first opened (a few milliseconds from disk), so the app starts sooner.
import { BellRing, LayoutTemplate, DatabaseBackup, Home, Scale, Settings, Trash2, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import { AgendaCount } from './agenda/AgendaCount';
import { NotFound } from './layout/NotFound';
import { Overview } from './overview/Overview';

export interface SidebarLink {
  /** Above the suppliers (with the overview), or in the list below them. */
  place: 'top' | 'bottom';
  icon: LucideIcon;
  /** Catalogue key of the link's text. */
  label: string;
  /** Shown after the text (the agenda's count). */
  badge?: ComponentType;
  testId?: string;
}

export interface AppRoute {
  /** The address after "#/", in react-router's words ('' is the start, '*' any other). */
  path: string;
  screen: ComponentType;
  /** Outside the app's frame, without the sidebar: the review pack as it prints. */
  bare?: boolean;
  /**
   * Catalogue key of the window title ("<title> · Rapport"). Absent: the
   * screen names itself (a supplier's page, its edit form), or the title
   * stays "Rapport" (the overview).
   */
  title?: string;
  sidebar?: SidebarLink;
  /** A jump in the command palette: its id and the catalogue key of its label. */
  palette?: { id: string; label: string };
}

/** A screen loaded when first opened. */
function later<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const AgendaScreen = later(() => import('./agenda/AgendaScreen'), 'AgendaScreen');
const SupplierPage = later(() => import('./suppliers/SupplierPage'), 'SupplierPage');
const SupplierForm = later(() => import('./suppliers/SupplierForm'), 'SupplierForm');
const TrashScreen = later(() => import('./trash/TrashScreen'), 'TrashScreen');
const DataScreen = later(() => import('./data/DataScreen'), 'DataScreen');
const CsvImport = later(() => import('./data/CsvImport'), 'CsvImport');
const SupplierListImport = later(() => import('./data/SupplierListImport'), 'SupplierListImport');
const SettingsScreen = later(() => import('./settings/SettingsScreen'), 'SettingsScreen');
const HowTrustWorks = later(() => import('./trust/HowTrustWorks'), 'HowTrustWorks');
const SearchScreen = later(() => import('./search/SearchScreen'), 'SearchScreen');
const SupplierReportRoute = later(() => import('./report/ReportRoute'), 'SupplierReportRoute');
const PortfolioReportRoute = later(() => import('./report/ReportRoute'), 'PortfolioReportRoute');
const MeetingScreen = later(() => import('./meeting/MeetingScreen'), 'MeetingScreen');
const MinutesRoute = later(() => import('./meeting/MinutesRoute'), 'MinutesRoute');
const TemplatesScreen = later(() => import('./templates/TemplatesScreen'), 'TemplatesScreen');

/** In the order the sidebar and the palette show them. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: 'agenda', screen: AgendaScreen, title: 'agenda:title',
    sidebar: { place: 'top', icon: BellRing, label: 'agenda:nav', badge: AgendaCount, testId: 'agenda-nav' },
    palette: { id: 'agenda', label: 'search:screens.agenda' },
  },
  {
    path: '', screen: Overview,
    sidebar: { place: 'top', icon: Home, label: 'common:sidebar.overview' },
    palette: { id: 'overview', label: 'search:screens.overview' },
  },
  { path: 'search', screen: SearchScreen, title: 'search:screen.title', palette: { id: 'search', label: 'search:screens.search' } },
  {
    path: 'templates', screen: TemplatesScreen, title: 'journal:templates.title',
    sidebar: { place: 'bottom', icon: LayoutTemplate, label: 'common:sidebar.templates' },
    palette: { id: 'templates', label: 'search:screens.templates' },
  },
  {
    path: 'trash', screen: TrashScreen, title: 'common:trash.title',
    sidebar: { place: 'bottom', icon: Trash2, label: 'common:sidebar.trash' },
    palette: { id: 'trash', label: 'search:screens.trash' },
  },
  {
    path: 'data', screen: DataScreen, title: 'data:title',
    sidebar: { place: 'bottom', icon: DatabaseBackup, label: 'data:nav' },
    palette: { id: 'data', label: 'search:screens.data' },
  },
  { path: 'data/import-csv', screen: CsvImport, title: 'data:csv.title' },
  { path: 'data/import-suppliers', screen: SupplierListImport, title: 'data:suppliersImport.title' },
  {
    path: 'settings', screen: SettingsScreen, title: 'common:settings.title',
    sidebar: { place: 'bottom', icon: Settings, label: 'common:sidebar.settings' },
    palette: { id: 'settings', label: 'search:screens.settings' },
  },
  {
    path: 'how-trust-works', screen: HowTrustWorks, title: 'trust:howto.title',
    sidebar: { place: 'bottom', icon: Scale, label: 'trust:howto.title' },
    palette: { id: 'trust', label: 'search:screens.howTrustWorks' },
  },
  { path: 'suppliers/new', screen: SupplierForm, title: 'common:supplierForm.newTitle', palette: { id: 'newSupplier', label: 'search:screens.newSupplier' } },
  { path: 'suppliers/:supplierId', screen: SupplierPage },
  { path: 'suppliers/:supplierId/edit', screen: SupplierForm },
  { path: 'report/supplier/:supplierId', screen: SupplierReportRoute, bare: true },
  { path: 'report/portfolio', screen: PortfolioReportRoute, bare: true },
  { path: 'meetings/:meetingId', screen: MeetingScreen },
  { path: 'report/meeting/:meetingId', screen: MinutesRoute, bare: true },
  { path: '*', screen: NotFound },
];

/** The address a link or a jump goes to. */
export const hrefOf = (route: AppRoute) => `/${route.path}`;
