import { Route, Routes } from 'react-router';
import { EndpointPage } from './endpoint-page';
import { NewEndpointPage } from './new-endpoint-page';
import { WebhookList } from './webhook-list';

/** The Webhooks area, mounted at /webhooks/*. */
export default function WebhooksRoutes() {
  return (
    <Routes>
      <Route index element={<WebhookList />} />
      <Route path="new" element={<NewEndpointPage />} />
      <Route path=":id" element={<EndpointPage />} />
    </Routes>
  );
}
