import { PageHeader } from '../../ui/layout';

export default function CampaignsRoutes() {
  return <PageHeader title="Campaigns" />;
}
