import { useId, type ReactNode } from 'react';

/**
 * The bottom-of-page section that holds what cannot be undone (deleting a
 * chatbot, a contact, a form…), so no destructive button sits among everyday
 * actions. Each action inside is a `DangerAction`: what it does in words, and
 * a secondary-styled trigger that asks to confirm before anything happens.
 */
export function DangerZone({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <section className="danger-zone" aria-labelledby={id}>
      <h2 id={id}>Danger zone</h2>
      {children}
    </section>
  );
}

/** One irreversible action in a DangerZone: its title, what it does, and its trigger (a confirm). */
export function DangerAction({ title, children, trigger }: { title: string; children: ReactNode; trigger: ReactNode }) {
  return (
    <div className="danger-action">
      <div>
        <h3>{title}</h3>
        <p className="muted">{children}</p>
      </div>
      <div className="danger-trigger">{trigger}</div>
    </div>
  );
}
