import { useApi } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Loading } from '../../ui/feedback';
import { readStarters, type Starter } from './api';

/** The designs shipped with Grivo as a row of cards, each with a button to start from it; `blank` adds a blank one. */
export function StarterChoices({
  onPick,
  blank,
  pending,
}: {
  onPick(starter: Starter | undefined): void;
  blank?: boolean;
  pending?: boolean;
}) {
  const starters = useApi(readStarters());
  if (!starters.data) return starters.error ? <ErrorNote error={starters.error} /> : <Loading />;
  return (
    <ul className="tpl-choices">
      {blank && (
        <li className="tpl-choice">
          <h3>Blank</h3>
          <p className="muted">A greeting and an unsubscribe link, nothing else.</p>
          <Button onClick={() => onPick(undefined)} disabled={pending} aria-label="Start blank: an empty template">
            Start blank
          </Button>
        </li>
      )}
      {starters.data.data.map((s) => (
        <li key={s.id} className="tpl-choice">
          <h3>{s.name}</h3>
          <p className="muted">{s.description}</p>
          <Button onClick={() => onPick(s)} disabled={pending} aria-label={`Use this design: ${s.name}`}>
            Use this design
          </Button>
        </li>
      ))}
    </ul>
  );
}
