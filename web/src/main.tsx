import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider, useSession } from './api/session';
import { Loading } from './ui/feedback';
import { Layout } from './ui/layout';
import { LoginPage, SignupPage } from './pages/auth/auth-pages';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/auth/recovery-pages';
import { InvitePage } from './pages/auth/invite-page';
import './styles.css';

// Each area is its own chunk, loaded when first visited.
const Overview = lazy(() => import('./pages/overview/overview-page'));
const Chatbots = lazy(() => import('./pages/chatbots/chatbots-routes'));
const Contacts = lazy(() => import('./pages/contacts/contacts-routes'));
const Campaigns = lazy(() => import('./pages/campaigns/campaigns-routes'));
const Templates = lazy(() => import('./pages/templates/templates-routes'));
const Webhooks = lazy(() => import('./pages/webhooks/webhooks-routes'));
const Suppressions = lazy(() => import('./pages/suppressions/suppressions-routes'));
const Segments = lazy(() => import('./pages/segments/segments-routes'));
const Forms = lazy(() => import('./pages/forms/forms-routes'));
const Settings = lazy(() => import('./pages/settings/settings-routes'));

function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Loading />;
  if (session === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Layout />;
}

function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/invite" element={<InvitePage />} />
        <Route element={<RequireSession />}>
          <Route index element={<Navigate to="/overview" replace />} />
          <Route path="overview" element={<Overview />} />
          <Route path="chatbots/*" element={<Chatbots />} />
          <Route path="contacts/*" element={<Contacts />} />
          <Route path="campaigns/*" element={<Campaigns />} />
          <Route path="templates/*" element={<Templates />} />
          <Route path="webhooks/*" element={<Webhooks />} />
          <Route path="suppressions/*" element={<Suppressions />} />
          <Route path="segments/*" element={<Segments />} />
          <Route path="forms/*" element={<Forms />} />
          <Route path="settings/*" element={<Settings />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

function NotFound() {
  return (
    <div className="empty">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Pick a section in the menu.</p>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
