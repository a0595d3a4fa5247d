/** Two breadcrumb steps name the same thing when they read the same, ignoring case and spacing. */
function sameStep(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The heading path of a passage as a citation's "section": empty steps and a
 * step repeating the one before are dropped, and so is a first heading that
 * only repeats the page title (pages usually open with an <h1> equal to their
 * <title>), so a citation never reads "Shipping › Shipping › International".
 * Null when nothing is left beyond the title.
 */
export function sectionPath(title: string | null | undefined, headingPath: readonly string[]): string | null {
  const steps: string[] = [];
  for (const raw of headingPath) {
    const step = raw.trim();
    if (step === '') continue;
    const previous = steps.length > 0 ? steps[steps.length - 1] : title;
    if (previous && sameStep(previous, step)) continue;
    steps.push(step);
  }
  return steps.length > 0 ? steps.join(' › ') : null;
}

/** "Title › Heading › Subheading" without repeated steps, for the model's prompt. */
export function breadcrumb(title: string | null | undefined, headingPath: readonly string[]): string {
  const section = sectionPath(title, headingPath);
  const head = title?.trim() ?? '';
  return [head, section ?? ''].filter((part) => part !== '').join(' › ');
}
