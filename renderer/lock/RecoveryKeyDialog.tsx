// The recovery key, shown once after a change that made a new key: in
// groups of four to copy or print, and a box to tick before it goes away.
// Nothing keeps it: closing this dialog is the last time the page has it.
import { Copy, Printer } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';

export function RecoveryKeyDialog({ recoveryKey, onDone }: { recoveryKey: string | null; onDone: () => void }) {
  const { t } = useTranslation('lock');
  const [stored, setStored] = useState(false);
  const open = recoveryKey !== null;
  const close = () => {
    setStored(false);
    onDone();
  };
  const print = () => {
    // A window of its own with only the key in it: the page behind is not printed.
    const w = window.open('', '_blank', 'width=600,height=400');
    if (!w) return;
    w.document.title = t('recovery.title');
    const heading = w.document.createElement('h1');
    heading.textContent = t('recovery.title');
    const key = w.document.createElement('pre');
    key.textContent = recoveryKey ?? '';
    key.style.fontSize = '16px';
    w.document.body.append(heading, key);
    w.print();
    w.close();
  };
  return (
    <Modal open={open} onOpenChange={(next) => !next && stored && close()} title={t('recovery.title')} description={t('recovery.text')} className="dialog-md">
      <div className="lock-recovery">
        <p className="field-label" id="recovery-key-label">{t('recovery.label')}</p>
        <code className="lock-recovery-key" aria-labelledby="recovery-key-label" data-testid="recovery-key">{recoveryKey}</code>
        <div className="lock-actions">
          <Button
            icon={<Copy size={16} aria-hidden="true" />}
            onClick={() => {
              void navigator.clipboard?.writeText(recoveryKey ?? '').then(() => toast.success(t('recovery.copied')));
            }}
          >
            {t('recovery.copy')}
          </Button>
          <Button icon={<Printer size={16} aria-hidden="true" />} onClick={print}>{t('recovery.print')}</Button>
        </div>
        <label className="checkbox-row lock-stored">
          <input type="checkbox" checked={stored} onChange={(event) => setStored(event.target.checked)} />
          <span>{t('recovery.stored')}</span>
        </label>
      </div>
      <div className="dialog-actions">
        <Button variant="primary" disabled={!stored} onClick={close}>{t('recovery.done')}</Button>
      </div>
    </Modal>
  );
}
