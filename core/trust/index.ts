// The trust engine's public API. Pure TypeScript: no I/O, no clock.
export { trustSettingsSchema, DEFAULT_TRUST_SETTINGS } from './settings';
export type { TrustSettings, TrustSettingsInput } from './settings';
export { DIMENSIONS, REASON_KEYS, evidenceFromEntries, sideOf } from './evidence';
export type { ConductSide, Dimension, Evidence, Reason, ReasonKey } from './evidence';
export { opinionOf, trustOf } from './opinion';
export type { Opinion } from './opinion';
export { SCOPES, ourConductSeries, pointDays, seriesFromEvidence, toChartRows, trustAt, trustSeries } from './series';
export type { Band, ChartRow, EngineOptions, Scope, SeriesOptions, TrustSeries } from './series';
export { contributionsAt, reviewWaterfall, topMovers, waterfall } from './explain';
export type { Contribution, ExplainOptions, Mover, Movers, Waterfall, WaterfallBar, WaterfallBarType } from './explain';
export { quarterOf, supplierFigures } from './figures';
export type { QuarterIncidents, SayDo, SupplierFigures } from './figures';
