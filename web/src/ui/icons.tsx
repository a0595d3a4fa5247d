/**
 * A thumb up (or down), drawn: an emoji needs a colour-emoji font, which
 * some systems lack. Decorative: the text beside it says what it means.
 */
export function ThumbIcon({ down = false }: { down?: boolean }) {
  return (
    <svg
      className={`icon${down ? ' icon-flip' : ''}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2.5 10.5h3.5v10h-3.5z" />
      <path d="M6 10.5 10 3c1.6 0 2.8 1.2 2.5 2.9L12 9.5h6.6a2 2 0 0 1 2 2.4l-1.4 7a2 2 0 0 1-2 1.6H6" />
    </svg>
  );
}
