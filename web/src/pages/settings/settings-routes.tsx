import { Navigate, Route, Routes } from 'react-router';
import { PageHeader, Tabs } from '../../ui/layout';
import { ApiKeysPage } from './api-keys-page';
import { UsagePage } from './usage-page';
import { ConsentPage } from './consent-page';
import { AccountPage } from './account-page';
import { WorkspacePage } from './workspace-page';
import { AuditLogPage } from './audit-log-page';
import { MembersPage } from './members-page';

export default function SettingsRoutes() {
  return (
    <>
      <PageHeader title="Settings" />
      <Tabs
        items={[
          { to: '/settings/workspace', label: 'Workspace' },
          { to: '/settings/account', label: 'Your account' },
          { to: '/settings/members', label: 'Members' },
          { to: '/settings/api-keys', label: 'API keys' },
          { to: '/settings/plan', label: 'Plan & usage' },
          { to: '/settings/consent', label: 'Email consent' },
          { to: '/settings/audit-log', label: 'Audit log' },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="workspace" replace />} />
        <Route path="workspace" element={<WorkspacePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="plan" element={<UsagePage />} />
        <Route path="consent" element={<ConsentPage />} />
        <Route path="audit-log" element={<AuditLogPage />} />
      </Routes>
    </>
  );
}
