// While a preview or an import of a big spreadsheet runs (it can take
// seconds), ask the journal how far it is and, after the first second, show
// it: which step, and how many rows of how many.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../core/files';
import { api } from '../api/client';
import { useFormat } from '../i18n/format';

const POLL_MS = 250;
const SHOW_AFTER_MS = 1000;

export function ImportProgressBar({ active }: { active: boolean }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      try {
        const p = await api.getImportProgress({});
        if (!stopped) setProgress(p.running ? p : null);
      } catch {
        // Progress is a courtesy: the import's own answer says how it ended.
      }
      if (!stopped) timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    let timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      setProgress(null);
    };
  }, [active]);

  if (!active || !progress || progress.elapsedMs < SHOW_AFTER_MS || !progress.phase || progress.total === 0) return null;
  const label = t(progress.phase === 'checking' ? 'csv.progressChecking' : 'csv.progressWriting', {
    done: format.number(progress.done), total: format.number(progress.total),
  });
  return (
    <div className="csv-progress" data-testid="import-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span role="status">{label}</span>
    </div>
  );
}
