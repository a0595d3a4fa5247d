import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../api/error-text';
import { Button } from '../../ui/buttons';
import { createTemplate, templatePath } from '../templates/api';
import { duplicateCampaign } from './api';
import { campaignPath, type Campaign } from './types';

/** Makes a draft copy of the campaign and opens it. */
export function DuplicateButton({ campaign }: { campaign: Campaign }) {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const duplicate = async () => {
    setPending(true);
    setError(undefined);
    try {
      const copy = await duplicateCampaign(campaign.id);
      navigate(campaignPath(copy.id), { state: { notice: `This is a copy of “${campaign.name}”, as a draft.` } });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button onClick={() => void duplicate()} pending={pending}>
        Duplicate
      </Button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/** Saves the campaign's subject and bodies (as last saved) as a new template. */
export function SaveAsTemplate({ campaign }: { campaign: Campaign }) {
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<{ id: string; name: string }>();
  const [error, setError] = useState<string>();
  const save = async () => {
    setPending(true);
    setError(undefined);
    try {
      const template = await createTemplate({
        name: campaign.name,
        subject: campaign.subject,
        html: campaign.html,
        ...(campaign.text_generated ? {} : { text: campaign.text }),
      });
      setSaved(template);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="tpl-save-as">
      <Button onClick={() => void save()} pending={pending}>
        Save as template
      </Button>
      <span aria-live="polite">
        {saved && (
          <>
            Saved as <Link to={templatePath(saved.id)}>{saved.name}</Link>.
          </>
        )}
        {error && <span className="field-error">{error}</span>}
      </span>
    </div>
  );
}
