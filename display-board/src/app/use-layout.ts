import { useEffect, useState } from 'react';
import type { LayoutChoice } from '../board/board-settings';

const pick = (choice: LayoutChoice): 'landscape' | 'portrait' =>
  choice !== 'auto' ? choice : window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';

/** The layout to draw: the one asked for, or by the screen's aspect when `auto`. */
export function useLayout(choice: LayoutChoice): 'landscape' | 'portrait' {
  const [layout, setLayout] = useState(() => pick(choice));
  useEffect(() => {
    const onResize = () => setLayout(pick(choice));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [choice]);
  return layout;
}
