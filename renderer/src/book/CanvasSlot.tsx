// Puts a canvas drawn off screen into the page, in place of the previous one.
import { useLayoutEffect, useRef } from 'react';

export function CanvasSlot({ canvas, label, className }: { canvas: HTMLCanvasElement | undefined; label: string; className?: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!canvas) return;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    holder.current?.replaceChildren(canvas);
  }, [canvas, label]);
  return <div ref={holder} className={className} />;
}
