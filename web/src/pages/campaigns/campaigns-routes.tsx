import { Route, Routes } from 'react-router';
import { CampaignEditor } from './campaign-editor';
import { CampaignList } from './campaign-list';
import { CampaignPage } from './campaign-page';

/** The Campaigns area, mounted at /campaigns/*. */
export default function CampaignsRoutes() {
  return (
    <Routes>
      <Route index element={<CampaignList />} />
      <Route path="new" element={<CampaignEditor />} />
      <Route path=":id" element={<CampaignPage />} />
    </Routes>
  );
}
