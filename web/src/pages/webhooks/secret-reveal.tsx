import { useEffect, useRef } from 'react';
import { Button, CopyButton } from '../../ui/buttons';
import { Notice } from '../../ui/feedback';

/** The endpoint's signing secret, shown once, right after it was made. */
export function SecretReveal({ secret, rolled, onDone }: { secret: string; rolled: boolean; onDone(): void }) {
  // Keyboard and screen-reader users land on it: it is what the page is about until it is copied.
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new secret takes the focus
  useEffect(() => heading.current?.focus(), [secret]);
  return (
    <section className="panel stack wh-secret" aria-labelledby="wh-secret-title">
      <h2 id="wh-secret-title" ref={heading} tabIndex={-1}>
        {rolled ? 'Your new signing secret' : 'Your signing secret'}
      </h2>
      <Notice tone="warning">
        Copy it now and keep it on your server: <strong>you won’t see it again</strong>. If you lose it, roll a new one.
      </Notice>
      <div className="row">
        <figure className="secret-figure" aria-label="Signing secret">
          <code className="secret">{secret}</code>
        </figure>
        <CopyButton text={secret} label="Copy secret" />
        <Button variant="link" onClick={onDone}>
          I have copied it
        </Button>
      </div>
      <p className="muted">
        Each request carries a <code>Grivo-Signature</code> header: check it with this secret to know the request came
        from Grivo.
      </p>
    </section>
  );
}
