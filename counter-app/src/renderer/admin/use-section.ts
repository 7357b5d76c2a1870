import { useEffect, useState } from 'react';
import { sectionFromHash } from './section-route';

/** The section in the URL's hash, so a reload or a bookmark opens the same screen. */
export function useSection(ids: readonly string[]): [string, (id: string) => void] {
  const [current, setCurrent] = useState(() => sectionFromHash(location.hash, ids));
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(location.hash, ids));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ids]);
  return [current, (id) => {
    location.hash = id;
    setCurrent(id);
  }];
}
