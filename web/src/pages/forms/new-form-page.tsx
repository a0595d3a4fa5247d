import { Link, useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { PageHeader } from '../../ui/layout';
import { createForm } from './api';
import { FormEditor } from './form-editor';
import { type FormBody, formPath } from './types';

/** /forms/new: make a form, then land on its page with the link and the snippet. */
export function NewFormPage() {
  const navigate = useNavigate();
  const create = useAction(async (body: FormBody) => {
    const created = await createForm(body);
    navigate(formPath(created.id), {
      state: { notice: 'The form was created. Share its link or paste it into your site.' },
    });
  });
  return (
    <>
      <PageHeader title="New form" back={<Link to="/forms">← All forms</Link>} />
      <div className="panel">
        <FormEditor
          submitLabel="Create form"
          pending={create.pending}
          error={create.error}
          onSubmit={(b) => void create.run(b)}
        />
      </div>
    </>
  );
}
