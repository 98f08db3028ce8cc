import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>` with a title bar and Close: opened on mount (the rest of the page is inert
 * while it is open), closed by Escape or Close, and focus goes back to whatever opened it.
 */
export function ModalDialog({
  title,
  onClose,
  className,
  headerClassName = 'p-4',
  children,
}: {
  title: string;
  onClose: () => void;
  /** Width and the like, added to the dialog's own classes. */
  className: string;
  headerClassName?: string;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // jsdom has no showModal; browsers make the rest of the page inert while it is open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-black/50 ${className}`}
    >
      <div className={`flex items-center gap-3 border-b border-slate-200 ${headerClassName}`}>
        <h2 id={titleId} className="flex-1 text-lg font-semibold">
          {title}
        </h2>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
