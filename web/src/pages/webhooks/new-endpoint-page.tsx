import { Link, useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { PageHeader } from '../../ui/layout';
import { EndpointForm } from './endpoint-form';
import { createEndpoint, type EndpointBody } from './api';
import { webhookPath } from './types';

/** /webhooks/new: add an endpoint, then land on its page, which shows the secret once. */
export function NewEndpointPage() {
  const navigate = useNavigate();
  const create = useAction(async (body: EndpointBody) => {
    const created = await createEndpoint(body);
    navigate(webhookPath(created.id), { state: { secret: created.secret } });
  });
  return (
    <>
      <PageHeader title="Add a webhook endpoint" back={<Link to="/webhooks">← All endpoints</Link>} />
      <div className="panel">
        <EndpointForm
          submitLabel="Add endpoint"
          pending={create.pending}
          error={create.error}
          onSubmit={(body) => void create.run(body)}
        />
      </div>
    </>
  );
}
