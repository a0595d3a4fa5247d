import { Link } from 'react-router';
import { CopyButton } from '../../ui/buttons';
import { Notice } from '../../ui/feedback';
import type { TabProps } from './chatbot-page';
import { RefusedOrigins } from './refused-origins';
import { chatbotPath } from './types';

/** The one line of HTML that puts the chatbot on a website. */
export function EmbedTab({ chatbot, refresh }: TabProps) {
  return (
    <>
      <EmbedSnippet chatbot={chatbot} refresh={refresh} />
      <RefusedOrigins chatbot={chatbot} refresh={refresh} />
    </>
  );
}

function EmbedSnippet({ chatbot }: TabProps) {
  // The widget is served by this same Grivo server, at the address the dashboard is open on.
  const snippet = `<script src="${window.location.origin}/widget.js" data-chatbot="${chatbot.id}" async></script>`;
  const settings = <Link to={chatbotPath(chatbot.id, 'settings')}>the chatbot's settings</Link>;
  return (
    <section className="panel stack" aria-labelledby="embed-heading">
      <h2 id="embed-heading">Add the chatbot to your website</h2>
      <p>
        Paste this line into your website's HTML, just before the closing &lt;/body&gt; tag, on every page where the
        chat bubble should appear.
      </p>
      <pre className="cb-snippet">
        <code>{snippet}</code>
      </pre>
      <div className="actions">
        <CopyButton text={snippet} label="Copy snippet" />
      </div>
      {chatbot.allowed_domains.length === 0 ? (
        <Notice tone="warning">
          The widget works on no website yet: add your site's domain to the allowed domains in {settings}.
        </Notice>
      ) : (
        <p className="muted">
          It works only on {chatbot.allowed_domains.join(', ')} — change the allowed domains, colour, position and
          welcome message in {settings}.
        </p>
      )}
      {chatbot.status !== 'active' && (
        <Notice>Until the chatbot has finished training, it answers that it does not know.</Notice>
      )}
    </section>
  );
}
