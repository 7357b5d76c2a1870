import { useCallback, useEffect, useState } from 'react';
import type { LuotError, Result } from '@luot/protocol';

/**
 * A list read from the hub now and every few seconds (who is signed in and
 * which devices are connected change without a config revision to announce
 * it), and again at once after a change (`reload`).
 */
export function usePolled<T>(load: () => Promise<Result<T>>, everyMs = 5000): { value: T | null; error: LuotError | null; reload: () => Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<LuotError | null>(null);
  const reload = useCallback(async () => {
    const r = await load();
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(r.error);
  }, [load]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), everyMs);
    return () => clearInterval(timer);
  }, [reload, everyMs]);
  return { value, error, reload };
}
