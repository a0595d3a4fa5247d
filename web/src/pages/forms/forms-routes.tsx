import { Route, Routes } from 'react-router';
import './forms.css';
import { FormPage } from './form-page';
import { FormsList } from './forms-list';
import { NewFormPage } from './new-form-page';

/** The Forms area, mounted at /forms/*. */
export default function FormsRoutes() {
  return (
    <Routes>
      <Route index element={<FormsList />} />
      <Route path="new" element={<NewFormPage />} />
      <Route path=":id" element={<FormPage />} />
    </Routes>
  );
}
