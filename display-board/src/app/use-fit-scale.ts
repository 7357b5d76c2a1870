import { useEffect, useState } from 'react';

/** Scale factor that fits a `width`×`height` canvas into the window. */
export function useFitScale(width: number, height: number): number {
  const compute = () => Math.min(window.innerWidth / width, window.innerHeight / height);
  const [scale, setScale] = useState(compute);
  useEffect(() => {
    const onResize = () => setScale(Math.min(window.innerWidth / width, window.innerHeight / height));
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [width, height]);
  return scale;
}
