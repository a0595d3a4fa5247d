import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';

const NAV = [
  { to: '/chatbots', label: 'Chatbots' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/campaigns', label: 'Campaigns' },
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

/** Tabs as links, one per sub-page. */
export function Tabs({ items }: { items: Array<{ to: string; label: string; end?: boolean }> }) {
  return (
    <nav className="tabs" aria-label="Sections">
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.end}>
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}
