import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The frame every data table sits in. When the table is wider than the
 * screen it scrolls sideways, with a shadow on the side that hides columns
 * and a line saying so, so a phone user knows there is more than the first
 * column. The frame is focusable so keyboard users can scroll it too.
 */
export function TableWrap({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ left: false, right: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, []);
  const wide = edges.left || edges.right;
  return (
    <div className="table-box">
      {wide && (
        <p className="table-hint muted" aria-hidden="true">
          Scroll sideways to see more columns →
        </p>
      )}
      <div className={`table-frame${edges.left ? ' table-more-left' : ''}${edges.right ? ' table-more-right' : ''}`}>
        <div
          ref={ref}
          className={`table-wrap${className ? ` ${className}` : ''}`}
          // Only a table that scrolls takes focus, so keyboard users can scroll it.
          {...(wide ? { tabIndex: 0, role: 'region', 'aria-label': label ?? 'Table, scrolls sideways' } : {})}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
