import { useEffect, useRef } from 'react';
import type { DeviceApi } from '@luot/protocol/plain';
import { createKeystrokeScanner, type FeedResult } from '../devices/keystroke-scanner';

interface ScanListenerProps {
  devices: DeviceApi;
  onScan: (text: string) => void;
}

/**
 * Hears QR scans while it is on screen, from either kind of scanner:
 * - a USB scanner in keyboard mode: its keystrokes, told apart from a
 *   person's by their timing (`keystroke-scanner.ts`, fed every keydown
 *   with its timestamp);
 * - a serial scanner: the device API's `scan` events.
 *
 * Letters a keyboard layout cannot send as keys (Vietnamese "ễ" from a
 * scanner's Unicode mode, an input method) arrive as text input with no
 * keydown; they need a focused editable element to land in. So a hidden
 * input keeps the focus (inputmode none: no system keyboard pops up) and
 * its text is fed to the same parser, in order, then cleared.
 */
export function ScanListener({ devices, onScan }: ScanListenerProps) {
  const sink = useRef<HTMLInputElement>(null);
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const el = sink.current;
    if (!el) return;
    // 50 ms: a scanner sends a key every few ms; a person is slower even in a hurry.
    const scanner = createKeystrokeScanner({ maxGapMs: 50 });
    const deliver = (result: FeedResult): FeedResult => {
      if (result.kind === 'scan') onScanRef.current(result.text);
      return result;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const result = deliver(scanner.feed(e.key, e.timeStamp));
      // The kiosk has no physical text entry: printable keys never type into
      // the page, and a scan's closing Enter must not press a focused button.
      if (result.kind !== 'key' || Array.from(e.key).length === 1) e.preventDefault();
    };
    const onInput = (e: Event) => {
      const text = el.value;
      el.value = '';
      for (const ch of text) deliver(scanner.feed(ch, e.timeStamp));
    };
    let refocusTimer: ReturnType<typeof setTimeout> | undefined;
    const refocus = () => {
      clearTimeout(refocusTimer);
      refocusTimer = setTimeout(() => el.focus({ preventScroll: true }), 0);
    };
    el.focus({ preventScroll: true });
    window.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('input', onInput);
    el.addEventListener('blur', refocus);
    const unsubscribe = devices.onEvent((event) => {
      if (event.type === 'scan') onScanRef.current(event.text);
    });
    return () => {
      clearTimeout(refocusTimer);
      window.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('input', onInput);
      el.removeEventListener('blur', refocus);
      unsubscribe();
      scanner.reset();
    };
  }, [devices]);

  return <input ref={sink} className="scan-sink" inputMode="none" tabIndex={-1} aria-hidden="true" autoComplete="off" data-testid="scan-sink" />;
}
