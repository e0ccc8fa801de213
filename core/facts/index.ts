// A supplier's facts, each computed by one function (design.md,
// "Architecture"): every screen, the agenda, the calendar, the pack and the
// API call these, so they never say two things.
export { currentTerm, noticeDeadline, type ContractTerms, type CurrentTerm, type NoticeDeadline } from './contract';
export { entryDates, type DatedEntry, type EntryDates } from './entry-dates';
export { openOn, overdueDays, overdueOn, promiseLoad, settledBy, type PromiseFacts, type PromiseLoad } from './promises';
export { QUIET_DEFAULT_DAYS, quietOf, type Quiet, type QuietTerms } from './quiet';
export { nextReview, reviewOverdueDays, type NextReview, type ReviewTerms } from './review';
export { arrivalDay, factsFromEntries, factsSupplier, supplierFacts, type FactsRecord, type FactsSupplier, type SupplierFacts } from './supplier';
