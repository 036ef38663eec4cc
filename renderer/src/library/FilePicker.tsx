// Choosing a file to send to the app, with a real button (reached by the
// keyboard): in a browser (serve) it opens the hidden file input; in the
// desktop app the main process shows its own open dialog and reads only the
// chosen file (electron/file-dialogs.ts). Either way the caller gets a
// `pick` to run, so it shows one busy state and one error for both.
import { useRef, type ReactNode } from 'react';
import type { OpenPurpose } from '../../../contract/file-dialogs.js';
import { hasNativeDialogs, openWithDialog } from '../exports/desktop.js';

export interface PickedFile {
  fileName: string;
  base64: string;
}

/** A page's File as the API takes it. */
export async function pickedFile(file: File): Promise<PickedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, base64: btoa(binary) };
}

interface Props {
  purpose: OpenPurpose;
  /** The file input's `accept`, e.g. ".csv,.json". */
  accept: string;
  children: ReactNode;
  disabled?: boolean;
  className?: string;
  /** Undefined from `pick` when the dialog was closed. */
  onPick(pick: () => Promise<PickedFile | undefined>): void;
}

export function FilePicker({ purpose, accept, children, disabled, className, onPick }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const choose = () => {
    if (!hasNativeDialogs()) return input.current?.click();
    onPick(async () => {
      const picked = await openWithDialog(purpose);
      return picked?.opened ? { fileName: picked.fileName, base64: picked.base64 } : undefined;
    });
  };
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={choose}>{children}</button>
      <input ref={input} type="file" accept={accept} hidden tabIndex={-1} onChange={(e) => {
        const file = e.target.files?.[0];
        // Cleared, so the same file can be chosen again once it is corrected.
        e.target.value = '';
        if (file) onPick(() => pickedFile(file));
      }} />
    </>
  );
}
