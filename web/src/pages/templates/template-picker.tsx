import { useEffect, useState } from 'react';
import { useApi } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote } from '../../ui/feedback';
import { Select } from '../../ui/fields';
import { readTemplate, readTemplates } from './api';
import { StarterChoices } from './starter-choices';

/** What a picked template gives the campaign. */
export interface PickedContent {
  subject: string;
  html: string;
  text: string | null;
}

/**
 * "Start from a template" for a new campaign: a saved template or a design shipped with Grivo fills the
 * subject and bodies. `initialId` (from a template's "New campaign from it") is applied once, when loaded.
 */
export function TemplatePicker({ onPick, initialId }: { onPick(content: PickedContent): void; initialId?: string }) {
  const [open, setOpen] = useState(!initialId);
  const [chosen, setChosen] = useState('');
  const saved = useApi(readTemplates());
  const initial = useApi(initialId ? readTemplate(initialId) : null);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (initial.data) onPick(initial.data);
  }, [initial.data, onPick]);

  const applySaved = async () => {
    setError(undefined);
    const template = saved.data?.data.find((t) => t.id === chosen);
    if (template) {
      onPick(template);
      setOpen(false);
    }
  };
  const count = saved.data?.data.length ?? 0;
  return (
    <details className="panel stack tpl-picker" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Start from a template</h2>
      </summary>
      <p className="muted">Fills the subject and the bodies; you can change everything after.</p>
      <ErrorNote error={error ?? saved.error ?? initial.error} />
      {count > 0 && (
        <div className="tpl-saved">
          <Select label="Your templates" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose a template…</option>
            {saved.data?.data.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
          <Button onClick={() => void applySaved()} disabled={!chosen}>
            Use this template
          </Button>
        </div>
      )}
      <h3 className="tpl-subtitle">Designs that come with Grivo</h3>
      <StarterChoices
        onPick={(s) => {
          if (s) onPick(s);
          setOpen(false);
        }}
      />
    </details>
  );
}
