import { Route, Routes } from 'react-router';
import { TemplateList } from './template-list';
import { TemplateNew } from './template-new';
import { TemplatePage } from './template-page';

/** The Templates area, mounted at /templates/*. */
export default function TemplatesRoutes() {
  return (
    <Routes>
      <Route index element={<TemplateList />} />
      <Route path="new" element={<TemplateNew />} />
      <Route path=":id" element={<TemplatePage />} />
    </Routes>
  );
}
