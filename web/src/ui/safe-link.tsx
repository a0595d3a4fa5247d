import type { ReactNode } from 'react';

/**
 * A link to a page on the web, opened in a new tab. URLs come from crawled
 * pages, visitors' conversations and campaign bodies, so anything but http(s)
 * is shown as text: a `javascript:` URL must never become a link in the dashboard.
 */
export function SafeLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  if (!/^https?:\/\//i.test(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
