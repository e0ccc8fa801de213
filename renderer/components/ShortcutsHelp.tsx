// The keyboard shortcuts, listed in a dialog that "?" opens from anywhere.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../shortcuts';
import { Modal } from './Dialog';

const GROUPS: { title: string; items: { keys: string[]; label: string }[] }[] = [
  {
    title: 'shortcuts.everywhere',
    items: [
      { keys: ['?'], label: 'shortcuts.help' },
      { keys: ['Ctrl', 'K'], label: 'shortcuts.palette' },
      { keys: ['q'], label: 'shortcuts.quickCapture' },
      { keys: ['Ctrl', 'Shift', 'L'], label: 'shortcuts.lock' },
      { keys: ['Tab'], label: 'shortcuts.tab' },
      { keys: ['Esc'], label: 'shortcuts.escape' },
    ],
  },
  {
    title: 'shortcuts.supplierPage',
    items: [
      { keys: ['n'], label: 'shortcuts.newEntry' },
      { keys: ['/'], label: 'shortcuts.search' },
    ],
  },
];

/** <ShortcutsHelp open onOpenChange />: controlled; also opens itself on "?" (mount it once, in the app frame). */
export function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const show = useCallback(() => onOpenChange(true), [onOpenChange]);
  useShortcut('?', show);
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('shortcuts.title')} description={t('shortcuts.intro')} className="dialog-sm">
      {GROUPS.map((group) => (
        <section key={group.title} className="shortcut-group">
          <h3 className="shortcut-group-title">{t(group.title)}</h3>
          <dl className="shortcut-list">
            {group.items.map((item) => (
              <div key={item.label} className="shortcut-row">
                <dt>
                  {item.keys.map((k) => (
                    <kbd key={k} className="kbd">{k}</kbd>
                  ))}
                </dt>
                <dd>{t(item.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
