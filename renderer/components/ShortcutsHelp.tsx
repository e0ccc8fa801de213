// The keyboard shortcuts, listed in a dialog that "?" opens from anywhere.
import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../shortcuts';

const GROUPS: { title: string; items: { keys: string[]; label: string }[] }[] = [
  {
    title: 'shortcuts.everywhere',
    items: [
      { keys: ['?'], label: 'shortcuts.help' },
      { keys: ['Ctrl', 'K'], label: 'shortcuts.palette' },
      { keys: ['q'], label: 'shortcuts.quickCapture' },
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
  const returnTo = useRef<HTMLElement | null>(null);
  const show = useCallback(() => onOpenChange(true), [onOpenChange]);
  useShortcut('?', show);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-sm"
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement as HTMLElement | null;
          }}
          onCloseAutoFocus={(event) => {
            // Opened by a key, not a trigger: give focus back to where the user was.
            if (!returnTo.current?.isConnected || returnTo.current === document.body) return;
            event.preventDefault();
            returnTo.current.focus();
          }}
        >
          <div className="dialog-head">
            <Dialog.Title className="dialog-title">{t('shortcuts.title')}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('actions.close')}>
              <X size={18} aria-hidden="true" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">{t('shortcuts.intro')}</Dialog.Description>
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
