import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { readCampaign } from './api';
import { CampaignEditor } from './campaign-editor';
import { CampaignReport } from './campaign-report';
import { isEditable, type Campaign } from './types';

/** /campaigns/:id: the editor while it can be edited, its report once it has started. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const loaded = useApi(readCampaign(id));
  const [campaign, setCampaign] = useState<Campaign>();
  useEffect(() => setCampaign(loaded.data), [loaded.data]);
  const { reload } = loaded;
  const reloadQuietly = useCallback(() => reload(true), [reload]);

  if (!campaign || campaign.id !== id) {
    return (
      <>
        <PageHeader title="Campaign" back={<Link to="/campaigns">← All campaigns</Link>} />
        <ErrorNote error={loaded.error} />
        <Pending error={loaded.error} reload={loaded.reload} />
      </>
    );
  }
  if (isEditable(campaign.status))
    return <CampaignEditor key={campaign.id} campaign={campaign} onChanged={setCampaign} />;
  return <CampaignReport campaign={campaign} onChanged={setCampaign} reload={reloadQuietly} />;
}
