import { PageHeader } from '../../ui/layout';

export default function ChatbotsRoutes() {
  return <PageHeader title="Chatbots" />;
}
