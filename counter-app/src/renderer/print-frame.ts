/**
 * Prints an HTML page the hub rendered (fetched with the staff token) through
 * one hidden iframe: its `srcdoc` holds the page, so no token ever sits in a
 * URL, and the page's scripts cannot run (sandbox without allow-scripts).
 * The frame stays in the document until the next print, so the last printed
 * page can be inspected.
 */
const FRAME_ID = 'luot-print-frame';

export function printHtml(doc: Document, html: string): Promise<void> {
  let frame = doc.getElementById(FRAME_ID) as HTMLIFrameElement | null;
  if (frame === null) {
    frame = doc.createElement('iframe');
    frame.id = FRAME_ID;
    frame.dataset.testid = 'print-frame';
    frame.title = 'print';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    // allow-same-origin lets this page call print() on the frame; allow-modals lets the print dialog open.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
    doc.body.appendChild(frame);
  }
  const target = frame;
  return new Promise((resolve) => {
    target.onload = () => {
      target.onload = null;
      const before = doc.activeElement;
      try {
        target.contentWindow?.print();
      } catch {
        // A browser that refuses to print from a frame still has the page loaded; nothing else to do.
      }
      // Keys must keep reaching the console (F1…F10), not the frame.
      if (before instanceof HTMLElement && before !== doc.body) before.focus();
      else doc.defaultView?.focus();
      resolve();
    };
    target.srcdoc = html;
  });
}
