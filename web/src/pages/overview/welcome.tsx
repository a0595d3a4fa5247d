import { Link } from 'react-router';

const STEPS = [
  {
    to: '/chatbots/new',
    action: 'Create a chatbot',
    text: 'It reads your website and answers your visitors’ questions, day and night.',
  },
  {
    to: '/contacts/import',
    action: 'Import contacts',
    text: 'Bring your list in from a CSV file, or add people one by one.',
  },
  {
    to: '/campaigns/new',
    action: 'Write a campaign',
    text: 'Send an email to your contacts and see who opens and clicks.',
  },
];

/** A new workspace's home: where to start, instead of figures that are all zero. */
export function Welcome() {
  return (
    <div className="empty ov-welcome">
      <h2>Welcome to Grivo</h2>
      <p>Nothing to count yet. Start with any of these; this page then shows how they are doing.</p>
      <ul className="ov-steps">
        {STEPS.map((s) => (
          <li key={s.to}>
            <Link className="btn btn-primary" to={s.to}>
              {s.action}
            </Link>
            <span className="muted">{s.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
