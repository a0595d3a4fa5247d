import { PageHeader } from '../../ui/layout';

export default function SettingsRoutes() {
  return <PageHeader title="Settings" />;
}
