import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { EmptyState, ErrorNote, formErrors, Notice, Pending, useFocusInvalid } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { formatDate, plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { DebouncedField } from '../contacts/debounced-field';
import { addSuppression, readSuppressions, removeSuppression, type SuppressionBody } from './api';
import { ERASED_LABEL, reasonLabel, type Suppression } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 50;
const FIELDS = ['email', 'reason'] as const;
/** The reasons a person can give by hand; the others are set by bounces, complaints and unsubscribes. */
type ManualReason = NonNullable<SuppressionBody['reason']>;
const MANUAL_REASONS: ManualReason[] = ['manual', 'unsubscribed', 'complaint', 'hard_bounce'];

/** The server's word on the address, said for a person rather than for the API's caller. */
function emailError(message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (/at most/.test(message)) return 'This address is too long.';
  return 'Enter a valid email address, like name@example.com.';
}

/** /suppressions: the addresses Grivo will not email, with search, add and remove. */
export function SuppressionsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const list = useApi(readSuppressions({ email: search || undefined, page, per_page: PER_PAGE }));
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState<ManualReason>('manual');
  const [notice, setNotice] = useState<string>();
  const [removing, setRemoving] = useState<Suppression>();
  // An erased person's row has no address: the owner types it to lift the suppression.
  const [erasedAddress, setErasedAddress] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const searchBox = useRef<HTMLDivElement>(null);
  const add = useAction(addSuppression);
  const remove = useAction(async (address: string) => {
    try {
      await removeSuppression(address);
    } catch (error) {
      // "Not found" here means the address is not suppressed: say that, in words.
      if (error instanceof ApiFailure && error.code === 'not_found')
        throw ApiFailure.plain(`${address} is not suppressed in this workspace: there is nothing to lift.`, 'email');
      throw error;
    }
    return true;
  });
  const errors = formErrors(add.error, FIELDS);
  useFocusInvalid(form, add.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(undefined);
    const added = await add.run({ email: email.trim(), reason });
    if (added) {
      setNotice(`${added.email ?? email.trim()} will not be emailed any more.`);
      setEmail('');
      await list.reload(true);
    }
  };
  const confirmRemove = async () => {
    if (!removing) return;
    setNotice(undefined);
    const gone = removing.email ?? erasedAddress.trim();
    if (gone === '' || !(await remove.run(gone))) return;
    setRemoving(undefined);
    setNotice(`${gone} can be emailed again.`);
    await list.reload(true);
    // Its row is gone, and the focus with it: back to the search, to go on from there.
    searchBox.current?.querySelector('input')?.focus();
  };

  const data = list.data;
  return (
    <>
      <PageHeader title="Suppressions" />
      <p className="muted wh-intro">
        Grivo never sends campaigns or transactional emails to a suppressed address; addresses that bounce, complain or
        unsubscribe are added for you. A person erased at their request stays here without their address; if they come
        back and agree to your emails again, lift it with Lift… by entering their address.
      </p>

      <section className="panel" aria-labelledby="sp-add-title">
        <h2 id="sp-add-title">Suppress an address</h2>
        <form ref={form} onSubmit={submit} className="row sp-form" noValidate>
          <TextField
            label="Email address"
            type="email"
            placeholder="someone@example.com"
            value={email}
            required
            onChange={(e) => setEmail(e.target.value)}
            error={emailError(errors.field('email'))}
          />
          <Select
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.target.value as ManualReason)}
            error={errors.field('reason')}
          >
            {MANUAL_REASONS.map((r) => (
              <option key={r} value={r}>
                {reasonLabel(r)}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="primary" pending={add.pending}>
            Suppress
          </Button>
        </form>
        <ErrorNote error={errors.general} />
      </section>

      {notice && (
        <div className="wh-banner">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}

      <div className="row sp-search" ref={searchBox}>
        <DebouncedField
          label="Search by email"
          type="search"
          placeholder="name@example.com"
          value={search}
          onCommit={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
      </div>
      <ErrorNote error={list.error} />
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading suppressions…" />
      ) : data.data.length === 0 ? (
        <EmptyState title={search ? 'No suppressed address matches' : 'No suppressed addresses'}>
          {search
            ? 'Nobody matching this search is suppressed: Grivo may email them.'
            : 'Every contact can be emailed. Addresses that bounce or complain will show here.'}
        </EmptyState>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {plural(data.total, 'suppressed address', 'suppressed addresses')}
            {list.loading && ' · updating…'}
          </p>
          <TableWrap>
            <table className="cb-cards wh-table">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Since</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((s) => (
                  <tr key={s.email ?? s.email_hash ?? s.created_at}>
                    <td className="wh-url">{s.email ?? <span className="muted">{ERASED_LABEL}</span>}</td>
                    <td data-label="Reason" className="cb-nowrap">
                      {reasonLabel(s.reason)}
                    </td>
                    <td data-label="Since" className="cb-nowrap">
                      {formatDate(s.created_at)}
                    </td>
                    <td className="cb-row-actions">
                      <div className="actions">
                        <Button
                          variant="link"
                          onClick={() => (remove.setError(undefined), setErasedAddress(''), setRemoving(s))}
                          aria-label={
                            s.email === null ? 'Lift the suppression of an erased person' : `Remove ${s.email}`
                          }
                        >
                          {s.email === null ? 'Lift…' : 'Remove'}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page ?? PER_PAGE} total={data.total} onPage={setPage} />
        </>
      )}

      <ConfirmDialog
        open={removing !== undefined}
        title={removing?.email === null ? "Lift an erased person's suppression?" : `Remove ${removing?.email ?? ''}?`}
        confirmLabel={removing?.email === null ? 'Lift' : 'Remove'}
        pending={remove.pending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      >
        {removing?.email === null ? (
          <>
            <p>
              Grivo keeps an erased person's address only as a hash, so it cannot show it. If they came back and agreed
              to your emails again, enter their address: Grivo lifts the suppression only if it is theirs.
            </p>
            <TextField
              label="Their email address"
              type="email"
              placeholder="someone@example.com"
              value={erasedAddress}
              onChange={(e) => setErasedAddress(e.target.value)}
            />
          </>
        ) : (
          <p>Grivo will email this address again. Only do this if you know the address works and wants your emails.</p>
        )}
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
