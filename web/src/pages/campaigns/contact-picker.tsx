import { useState } from 'react';
import { errorText } from '../../api/error-text';
import { Select, TextField } from '../../ui/fields';
import { readContacts } from '../contacts/api';
import type { Contact } from '../contacts/types';
import { useLive } from './use-live';

const labelOf = (c: Contact) => {
  const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
  return name ? `${name} <${c.email}>` : c.email;
};

/**
 * Picks the contact a message is rendered as: one of the workspace's, found by
 * name or email, or none (`''`), which `none` names.
 */
export function ContactPicker({
  value,
  onChange,
  label = 'Preview as',
  none = 'Sample contact (Sam Sample)',
  hint,
}: {
  value: string;
  onChange(id: string): void;
  label?: string;
  none?: string;
  hint?: string;
}) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Contact>();
  const found = useLive(readContacts({ search: search.trim(), per_page: 20 }), 300);
  const options = found.data?.data ?? [];
  // The chosen contact stays selectable while a search shows others.
  const shown = chosen && !options.some((c) => c.id === chosen.id) ? [chosen, ...options] : options;

  return (
    <div className="cmp-two">
      <TextField
        label="Find a contact"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder="Name or email"
        hint={
          found.error
            ? `Could not search. ${errorText(found.error)}`
            : found.data && search.trim() && options.length === 0
              ? 'No contact matches.'
              : undefined
        }
      />
      <Select
        label={label}
        hint={hint}
        value={value}
        onChange={(e) => {
          setChosen(shown.find((c) => c.id === e.target.value));
          onChange(e.target.value);
        }}
      >
        <option value="">{none}</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {labelOf(c)}
          </option>
        ))}
      </Select>
    </div>
  );
}
