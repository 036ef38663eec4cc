// Whether an element is in (or near) view inside a scrolling container, so
// only the thumbnails a user can see are drawn.
import { useEffect, useState, type RefObject } from 'react';

export function useVisible(target: RefObject<Element | null>, root: RefObject<Element | null>, margin = '200px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setVisible(entry.isIntersecting), { root: root.current, rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [target, root, margin]);
  return visible;
}
