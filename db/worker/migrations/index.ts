// Migrations in the order they run. Append a new file here; never edit one
// that has shipped: a journal at version N has run exactly files 1..N.
import initial from './001_initial.sql';
import contractCurrency from './002_contract_currency.sql';
import ticketRef from './003_ticket_ref.sql';
import agenda from './004_agenda.sql';
import search from './005_search.sql';
import searchFacets from './006_search_facets.sql';
import searchBulk from './007_search_bulk.sql';
import contractRef from './008_contract_ref.sql';
import agendaDone from './009_agenda_done.sql';
import overviewLines from './010_overview_lines.sql';
import meetings from './011_meetings.sql';
import attachments from './012_attachments.sql';
import meetingForms from './013_meeting_forms.sql';
import attachmentText from './014_attachment_text.sql';
import entryTemplates from './015_entry_templates.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'contract_currency', sql: contractCurrency },
  { version: 3, name: 'ticket_ref', sql: ticketRef },
  { version: 4, name: 'agenda', sql: agenda },
  { version: 5, name: 'search', sql: search },
  { version: 6, name: 'search_facets', sql: searchFacets },
  { version: 7, name: 'search_bulk', sql: searchBulk },
  { version: 8, name: 'contract_ref', sql: contractRef },
  { version: 9, name: 'agenda_done', sql: agendaDone },
  { version: 10, name: 'overview_lines', sql: overviewLines },
  { version: 11, name: 'meetings', sql: meetings },
  { version: 12, name: 'attachments', sql: attachments },
  { version: 13, name: 'meeting_forms', sql: meetingForms },
  { version: 14, name: 'attachment_text', sql: attachmentText },
  { version: 15, name: 'entry_templates', sql: entryTemplates },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
