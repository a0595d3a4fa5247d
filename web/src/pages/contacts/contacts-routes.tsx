import { Navigate, Route, Routes } from 'react-router';
import { ContactsPage } from './contacts-page';
import { EditContactPage } from './edit-contact-page';
import { ImportPage } from './import-page';
import { ImportStatusPage } from './import-status-page';
import { NewContactPage } from './new-contact-page';
import { TagsPage } from './tags-page';

/** Everything under /contacts; paths are relative to that mount point. */
export default function ContactsRoutes() {
  return (
    <Routes>
      <Route index element={<ContactsPage />} />
      <Route path="new" element={<NewContactPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="imports" element={<Navigate to="/contacts/import" replace />} />
      <Route path="imports/:id" element={<ImportStatusPage />} />
      <Route path="tags" element={<TagsPage />} />
      <Route path=":id" element={<EditContactPage />} />
    </Routes>
  );
}
