import { useEffect, useState } from 'react';

/** The width of an element, kept up to date as it resizes (0 until measured); `ref` goes on the element. */
export function useWidth<E extends HTMLElement>() {
  // A callback ref: the element may mount after the component does.
  const [element, ref] = useState<E | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
}
