// The trust chart at print size: the trust engineer's TrustChart (line, band,
// entry markers), used read-only, inside a box of fixed width so it renders as
// vector SVG at about 170 mm whatever the window. No brush, no dimension
// toggles; the chart draws without animation already. Given the projection,
// a chart that ends today goes on past it, as on the supplier's page.
import { useMemo } from 'react';
import type { Projection, ScenarioName } from '../../core/trust/projection';
import type { ChartRow } from '../../core/trust/series';
import type { EntryKind } from '../../core/types';
import type { TrustMarker } from '../../core/views';
import { usePoints } from '../trust/chartPoints';
import { TrustChart } from '../trust/TrustChart';
import { PROJECTION_COLORS, PROJECTION_DASH, PROJECTION_LINES } from '../trust/projectionChart';
import { KIND_ORDER, MarkerIcon } from '../trust/shapes';

const NO_DIMS = { ability: false, integrity: false, benevolence: false };
/** .rp-chart__plot's 170 mm in CSS pixels (96 per inch), its width on A4 and Letter alike: drawn once at that width, not first at a guess. */
const PRINT_WIDTH = Math.round((170 / 25.4) * 96);

export function PrintTrustChart({
  rows, markers, baseRate, title, legend, projection = null,
}: {
  rows: ChartRow[];
  markers: TrustMarker[];
  baseRate: number;
  title: string;
  legend: { trust: string; band: string; kind: (k: EntryKind) => string; projected?: (k: ScenarioName) => string };
  projection?: Projection | null;
}) {
  const { points, markerRows } = usePoints(rows, markers);
  const kinds = useMemo(() => KIND_ORDER.filter((k) => markers.some((m) => m.kind === k)), [markers]);
  const projected = projection !== null && rows[rows.length - 1]?.date === projection.from;
  return (
    <figure className="rp-chart" data-report-chart="">
      <div className="rp-chart__plot">
        <TrustChart points={points} markerRows={markerRows} window={null} dims={NO_DIMS} baseRate={baseRate} title={title} projection={projection} expectedWidth={PRINT_WIDTH} onPaper />
      </div>
      <figcaption className="rp-chart__legend">
        <span className="rp-legend-item">
          <svg width="22" height="10" aria-hidden="true"><line x1="1" y1="5" x2="21" y2="5" stroke="var(--trust-line)" strokeWidth="2.5" /></svg>
          {legend.trust}
        </span>
        <span className="rp-legend-item">
          <svg width="22" height="10" aria-hidden="true"><rect x="1" y="1" width="20" height="8" fill="var(--trust-band)" /></svg>
          {legend.band}
        </span>
        {projected && legend.projected && PROJECTION_LINES.map((k) => (
          <span key={k} className="rp-legend-item" data-testid={`pack-projection-legend-${k}`}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="21" y2="5" stroke={PROJECTION_COLORS[k]} strokeWidth="2" strokeDasharray={PROJECTION_DASH[k]} />
            </svg>
            {legend.projected!(k)}
          </span>
        ))}
        {kinds.map((k) => (
          <span key={k} className="rp-legend-item">
            <MarkerIcon kind={k} size={11} />
            {legend.kind(k)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
