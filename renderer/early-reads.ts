// Runs before the app's own code has loaded (built by scripts/build.mjs into
// a small classic script that index.html runs first): the questions every
// screen's frame asks at start go out now, so the journal answers while the
// browser still reads and runs the app's bundle. The app's first identical
// calls take these answers (api/transport.ts); an answer not taken soon is
// dropped.
import { todayIso } from '../core/dates';
import { askEarly, hasBrowserToken } from './api/transport';

const hash = window.location.hash;
// A printed page (the review pack, the minutes) has no frame and asks its own
// questions; a page opened without its link has no token to ask with.
if (hasBrowserToken() && !hash.startsWith('#/report/')) {
  askEarly('getLockState', {});
  askEarly('getJournalStatus', {});
  askEarly('getPreferences', {});
  // Asked at once, not after the lock's answer: that answer would wait for the
  // page's busy first second. A locked journal answers these with "locked",
  // which the app never takes (it asks again once unlocked).
  // The frame: the sidebar's suppliers and the agenda's count.
  askEarly('listSuppliers', { includeEnded: true });
  askEarly('getAgenda', { today: todayIso(), supplierId: null, includePrivate: true });
  askEarly('getAgendaSettings', {});
  // The overview, when the app opens on it.
  if (hash === '' || hash === '#/' || hash.startsWith('#/?')) askEarly('getPortfolio', {});
}
