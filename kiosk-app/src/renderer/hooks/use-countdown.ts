import { useEffect, useRef, useState } from 'react';

/** Seconds left of a countdown that calls onDone once at zero; restarts when `seconds` or `key` change. */
export function useCountdown(seconds: number, onDone: () => void, key?: unknown): number {
  const [left, setLeft] = useState(seconds);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const end = Date.now() + seconds * 1000;
    setLeft(seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        onDoneRef.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, key]);
  return left;
}
