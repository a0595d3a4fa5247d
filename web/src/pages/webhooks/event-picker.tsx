import { useId } from 'react';
import { isAllEvents } from './describe';
import { EVENT_GROUPS, type EventChoice, type EventType } from './types';

/** The events an endpoint receives: "all events" or a choice, grouped by area. `["*"]` means all. */
export function EventPicker({
  value,
  onChange,
  error,
}: {
  value: EventChoice[];
  onChange(events: EventChoice[]): void;
  error?: string;
}) {
  const id = useId();
  const all = isAllEvents(value);
  const toggle = (type: EventType, on: boolean) =>
    onChange(on ? [...value.filter((t) => t !== type), type] : value.filter((t) => t !== type));
  return (
    <fieldset
      className={`wh-events${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Events to send</legend>
      <div className="field field-check">
        <input
          id={`${id}-all`}
          type="checkbox"
          checked={all}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked ? ['*'] : [])}
        />
        <label htmlFor={`${id}-all`}>All events</label>
        <div className="hint">Including the kinds of events Grivo adds later. Untick to choose.</div>
      </div>
      {!all && (
        <div className="wh-event-groups">
          {EVENT_GROUPS.map((group) => (
            <fieldset key={group.area} className="wh-event-group">
              <legend>{group.area}</legend>
              {group.events.map((event) => (
                <div className="field field-check" key={event.type}>
                  <input
                    id={`${id}-${event.type}`}
                    type="checkbox"
                    checked={value.includes(event.type)}
                    onChange={(e) => toggle(event.type, e.target.checked)}
                  />
                  <label htmlFor={`${id}-${event.type}`}>
                    {event.label} <code className="wh-type">{event.type}</code>
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
