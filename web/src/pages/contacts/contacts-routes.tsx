import { PageHeader } from '../../ui/layout';

export default function ContactsRoutes() {
  return <PageHeader title="Contacts" />;
}
