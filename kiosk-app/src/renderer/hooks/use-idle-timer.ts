import { useEffect, useRef, useState } from 'react';

export interface IdleTimerOptions {
  enabled: boolean;
  idleSeconds: number;
  warningSeconds: number;
  onIdle: () => void;
  /** Changes restart the countdown (e.g. the current screen). */
  resetKey?: unknown;
}

/**
 * Counts down while nobody touches the screen. Returns the seconds left while
 * the warning should show, null otherwise. Any pointer or key press restarts it.
 */
export function useIdleTimer({ enabled, idleSeconds, warningSeconds, onIdle, resetKey }: IdleTimerOptions): number | null {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
    if (!enabled) return;
    const touch = () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    };
    const tick = () => {
      const left = Math.ceil(idleSeconds - (Date.now() - lastActivity.current) / 1000);
      if (left <= 0) {
        setSecondsLeft(null);
        lastActivity.current = Date.now();
        onIdleRef.current();
      } else {
        setSecondsLeft(left <= warningSeconds ? left : null);
      }
    };
    const timer = setInterval(tick, 250);
    window.addEventListener('pointerdown', touch, true);
    window.addEventListener('keydown', touch, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', touch, true);
      window.removeEventListener('keydown', touch, true);
    };
  }, [enabled, idleSeconds, warningSeconds, resetKey]);

  return secondsLeft;
}
