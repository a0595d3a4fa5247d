import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { WorkspaceSwitcher } from './workspace-switcher';

const NAV = [
  { to: '/overview', label: 'Overview' },
  { to: '/chatbots', label: 'Chatbots' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/templates', label: 'Templates' },
  { to: '/forms', label: 'Forms' },
  { to: '/segments', label: 'Segments' },
  { to: '/suppressions', label: 'Suppressions' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/settings', label: 'Settings' },
];

/** The signed-in frame: navigation (a menu on phones), workspace and sign out. */
export function Layout() {
  const { session, signOut } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the phone menu closes whenever the page changes
  useEffect(() => setMenuOpen(false), [location.pathname]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Grivo</span>
        <button
          type="button"
          className="menu-toggle btn btn-secondary"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
      </header>
      <nav id="nav" className={`sidebar${menuOpen ? ' open' : ''}`} aria-label="Main">
        <span className="brand">Grivo</span>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <div className="workspace" title={session?.user.email}>
            {session?.workspace.name}
            <span className="badge">{session?.workspace.plan}</span>
          </div>
          <WorkspaceSwitcher key={session?.workspace.id} />
          <a className="btn btn-link" href="/docs" target="_blank" rel="noopener">
            API reference
          </a>
          <button type="button" className="btn btn-link" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** A page's heading, with its actions on the right. */
export function PageHeader({ title, children, back }: { title: ReactNode; children?: ReactNode; back?: ReactNode }) {
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} · Grivo`;
  }, [title]);
  return (
    <div className="page-header">
      {back && <div className="back">{back}</div>}
      <h1>{title}</h1>
      {children && <div className="actions">{children}</div>}
    </div>
  );
}

/** Tabs as links, one per sub-page; on a phone they scroll sideways, the current one kept in view. */
export function Tabs({ items }: { items: Array<{ to: string; label: string; end?: boolean }> }) {
  const bar = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the open tab changes with the path, read from the DOM.
  useEffect(() => {
    const nav = bar.current;
    if (!nav) return;
    // Scrolls the bar only (not the page), so "Embed" at the far end is visible when it is the open tab,
    // also after the screen turns narrower.
    const reveal = () => {
      const active = nav.querySelector<HTMLElement>('a.active');
      if (active) nav.scrollLeft = Math.max(0, active.offsetLeft - nav.offsetLeft - 16);
    };
    reveal();
    const observer = new ResizeObserver(reveal);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [pathname]);
  return (
    <nav ref={bar} className="tabs" aria-label="Sections">
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.end}>
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}
