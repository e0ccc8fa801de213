// The trust engine's public API. Pure TypeScript: no I/O, no clock.
export { trustSettingsSchema, DEFAULT_TRUST_SETTINGS, TRUST_MODEL_VERSION } from './settings';
export type { TrustSettings, TrustSettingsInput } from './settings';
export { DIMENSIONS, REASON_KEYS, evidenceFromEntries, sideOf } from './evidence';
export type { ConductSide, Dimension, Evidence, Reason, ReasonKey } from './evidence';
export { opinionOf, trustOf } from './opinion';
export type { Opinion } from './opinion';
export { SCOPES, ourConductSeries, pointDays, seriesFromEvidence, toChartRows, trustAt, trustSeries } from './series';
export type { Band, ChartRow, EngineOptions, Scope, SeriesOptions, TrustSeries } from './series';
export { SMALL_MOVE, contributionsAt, decompose, reviewWaterfall, topMovers, waterfall } from './explain';
export type { Contribution, ExplainOptions, Mover, Movers, Waterfall, WaterfallBar, WaterfallBarType } from './explain';
export { quarterOf, supplierFigures } from './figures';
export { sayDoCounted } from './say-do';
export type { QuarterIncidents, SayDo, SupplierFigures } from './figures';
export { FLAG_MIN_CHANGE, FLAG_WINDOW_DAYS, trustFlag } from './flags';
export type { FlagInput, TrustFlag } from './flags';
export { readStoredSettings, storedSettingsSchemaFor } from './upgrade';
export type { ModelNotice, StoredSettings } from './upgrade';
