// A button that opens the system's file chooser and hands over the file
// picked. The chooser is a hidden <input type="file"> (the tests set its
// files by its test id); it is cleared at once, so picking the same file
// again reads it again.
import { useRef, type ComponentProps } from 'react';
import { Button } from './Button';

/** <FilePickButton accept=".json" label="Import…" testId="import-json-input" onPick={(file) => …} icon=… busy>Import…</FilePickButton> */
export function FilePickButton({ accept, label, testId, onPick, children, ...button }: Omit<ComponentProps<typeof Button>, 'onClick'> & {
  accept: string;
  /** The chooser's accessible name. */
  label: string;
  testId?: string;
  onPick: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
