import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button, ConfirmDialog, CopyButton } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { deleteForm, readForm, updateForm } from './api';
import { FormEditor } from './form-editor';
import type { FormBody, SubscribeForm } from './types';

const back = <Link to="/forms">← All forms</Link>;

/** /forms/:id: a form's link and snippet to share, its settings, and deleting it. */
export function FormPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useApi(readForm(id));
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const form = loaded.data?.id === id ? loaded.data : undefined;
  if (!form) {
    if (loaded.error instanceof ApiFailure && loaded.error.status === 404)
      return (
        <>
          <PageHeader title="Form not found" back={back} />
          <EmptyState title="There is no form here" action={<Link to="/forms">See all forms</Link>}>
            It may have been deleted, or the address is mistyped.
          </EmptyState>
        </>
      );
    return (
      <>
        <PageHeader title="Form" back={back} />
        <ErrorNote error={loaded.error} />
        <Pending error={loaded.error} reload={loaded.reload} label="Loading form…" />
      </>
    );
  }
  return (
    <FormDetails
      form={form}
      notice={notice}
      onSaved={() => loaded.reload(true)}
      onDeleted={() => navigate('/forms', { state: { notice: `The form “${form.name}” was deleted.` } })}
    />
  );
}

function FormDetails({
  form,
  notice,
  onSaved,
  onDeleted,
}: {
  form: SubscribeForm;
  notice: string | undefined;
  onSaved(): Promise<void>;
  onDeleted(): void;
}) {
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const save = useAction(async (body: FormBody) => {
    // A failed save must not sit under the last one's "saved".
    setSaved(false);
    await updateForm(form.id, body);
    setSaved(true);
    await onSaved();
  });
  const remove = useAction(async () => {
    await deleteForm(form.id);
    onDeleted();
  });
  return (
    <>
      <PageHeader title={form.name} back={back} />
      {notice && <Notice tone="success">{notice}</Notice>}
      {saved && <Notice tone="success">Your changes were saved.</Notice>}
      <section className="panel frm-share" aria-labelledby="frm-share-title">
        <h2 id="frm-share-title">Share the form</h2>
        <p>
          Its own page:{' '}
          <a href={form.hosted_url} target="_blank" rel="noopener noreferrer" className="frm-hosted-link">
            {form.hosted_url}
          </a>{' '}
          <CopyButton text={form.hosted_url} label="Copy link" />
        </p>
        <label htmlFor="frm-snippet">Or paste this HTML into a page of your website (no script needed):</label>
        <textarea id="frm-snippet" className="frm-snippet" readOnly rows={6} value={form.snippet} />
        <CopyButton text={form.snippet} label="Copy HTML" />
      </section>
      <div className="panel">
        <FormEditor
          key={form.updated_at}
          initial={form}
          submitLabel="Save changes"
          pending={save.pending}
          error={save.error}
          onSubmit={(body) => void save.run(body)}
        />
      </div>
      <DangerZone>
        <DangerAction
          title="Delete this form"
          trigger={
            <Button variant="danger-secondary" onClick={() => (remove.setError(undefined), setConfirming(true))}>
              Delete form
            </Button>
          }
        >
          Its page and the HTML on your website stop taking sign-ups.
        </DangerAction>
      </DangerZone>
      <ConfirmDialog
        open={confirming}
        title="Delete this form?"
        confirmLabel="Delete form"
        pending={remove.pending}
        onConfirm={() => void remove.run()}
        onCancel={() => setConfirming(false)}
      >
        <p>Its page and the HTML on your website will stop taking sign-ups. The contacts it added stay.</p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
