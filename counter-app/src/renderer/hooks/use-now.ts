import { useEffect, useState } from 'react';

/** A clock that ticks every `intervalMs`, read from `now` (the hub's time estimate). */
export function useNow(now: () => number, intervalMs = 1_000): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return value;
}
