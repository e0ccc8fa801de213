// A file dropped where nothing takes it must never open in the window: the
// browser would navigate to it, and in Electron the app would be replaced by
// the file. Installed once at start, on the window, so it runs after every
// other listener (the lock and recovery screens included) and only stops what
// nothing else handled. Text dragged into a field is left alone.

/** Does this drag carry files (not text or a link)? */
export const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

export function guardFileDrops(target: Window = window): void {
  target.addEventListener('dragover', (event) => {
    if (!carriesFiles(event) || event.defaultPrevented) return;
    // Nothing here takes files: the cursor says so, and no drop follows.
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'none';
  });
  target.addEventListener('drop', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  });
}
