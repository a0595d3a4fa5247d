import { Link, Route, Routes, useParams } from 'react-router';
import { useApi, usePolling } from '../../api/hooks';
import { EmptyState, ErrorNote, Loading, StatusBadge } from '../../ui/feedback';
import { PageHeader, Tabs } from '../../ui/layout';
import { AnalyticsTab } from './analytics-tab';
import { readChatbot } from './api';
import { ConversationDetail } from './conversation-detail';
import { ConversationsTab } from './conversations-tab';
import { EmbedTab } from './embed-tab';
import { LeadsTab } from './leads-tab';
import { OverviewTab } from './overview-tab';
import { PagesTab } from './pages-tab';
import { PlaygroundTab } from './playground-tab';
import { SettingsTab } from './settings-tab';
import { SourcesTab } from './sources-tab';
import { chatbotPath, type Chatbot } from './types';

/** Props every tab gets: the chatbot as last loaded, and a way to load it again. */
export interface TabProps {
  chatbot: Chatbot;
  refresh(): void;
}

const TRAINING_POLL_MS = 1000;

/** One chatbot: header, tabs, and the tab's page; polls while the chatbot trains. */
export function ChatbotPage() {
  const id = useParams().id!;
  const loaded = useApi(readChatbot(id));
  const chatbot = loaded.data?.id === id ? loaded.data : undefined;
  usePolling(() => loaded.reload(true), TRAINING_POLL_MS, chatbot?.status === 'training');

  const back = <Link to="/chatbots">← Chatbots</Link>;
  if (!chatbot) {
    return (
      <>
        <PageHeader title="Chatbot" back={back} />
        {loaded.error ? <ErrorNote error={loaded.error} /> : <Loading />}
      </>
    );
  }
  const props: TabProps = { chatbot, refresh: () => void loaded.reload(true) };
  return (
    <>
      <PageHeader title={chatbot.name} back={back}>
        <StatusBadge status={chatbot.status} />
      </PageHeader>
      <Tabs
        items={[
          { to: chatbotPath(id), label: 'Overview', end: true },
          { to: chatbotPath(id, 'pages'), label: 'Pages' },
          { to: chatbotPath(id, 'sources'), label: 'Sources' },
          { to: chatbotPath(id, 'playground'), label: 'Playground' },
          { to: chatbotPath(id, 'conversations'), label: 'Conversations' },
          { to: chatbotPath(id, 'analytics'), label: 'Analytics' },
          { to: chatbotPath(id, 'leads'), label: 'Leads' },
          { to: chatbotPath(id, 'settings'), label: 'Settings' },
          { to: chatbotPath(id, 'embed'), label: 'Embed' },
        ]}
      />
      {/* A failed background refresh keeps the page; it only says so. */}
      <ErrorNote error={loaded.error} />
      <Routes>
        <Route index element={<OverviewTab {...props} />} />
        <Route path="pages" element={<PagesTab {...props} />} />
        <Route path="sources" element={<SourcesTab {...props} />} />
        <Route path="playground" element={<PlaygroundTab {...props} />} />
        <Route path="conversations" element={<ConversationsTab {...props} />} />
        <Route path="conversations/:conversationId" element={<ConversationDetail {...props} />} />
        <Route path="analytics" element={<AnalyticsTab {...props} />} />
        <Route path="leads" element={<LeadsTab {...props} />} />
        <Route path="settings" element={<SettingsTab {...props} />} />
        <Route path="embed" element={<EmbedTab {...props} />} />
        <Route path="*" element={<EmptyState title="No such tab">Pick one of the tabs above.</EmptyState>} />
      </Routes>
    </>
  );
}
