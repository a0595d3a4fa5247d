import { Route, Routes } from 'react-router';
import { ChatbotList } from './chatbot-list';
import { ChatbotPage } from './chatbot-page';
import { CreateChatbot } from './create-chatbot';

/** The Chatbots area, mounted at /chatbots/*. */
export default function ChatbotsRoutes() {
  return (
    <Routes>
      <Route index element={<ChatbotList />} />
      <Route path="new" element={<CreateChatbot />} />
      <Route path=":id/*" element={<ChatbotPage />} />
    </Routes>
  );
}
