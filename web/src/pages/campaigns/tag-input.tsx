import { useId, useState, type KeyboardEvent } from 'react';

/** Tags as removable chips, added with Enter or a comma (a pasted "a, b" adds both) or when leaving the field. */
export function TagInput({
  label,
  hint,
  tags,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  tags: string[];
  onChange(tags: string[]): void;
  error?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');

  const add = (raw: string) => {
    const added = raw
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !tags.includes(t));
    if (added.length > 0) onChange([...tags, ...new Set(added)]);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(text);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="cmp-tags">
        {tags.length > 0 && (
          <ul className="cmp-chips">
            {tags.map((tag) => (
              <li key={tag} className="cmp-chip">
                {tag}
                <button
                  type="button"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(tags.filter((t) => t !== tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={text}
          onChange={(e) => (e.target.value.includes(',') ? add(e.target.value) : setText(e.target.value))}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add(text)}
          placeholder={tags.length ? 'Add another tag' : 'Type a tag, then Enter'}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          autoComplete="off"
        />
      </div>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
