import { Route, Routes } from 'react-router';
import { SuppressionsPage } from './suppressions-page';

/** The Suppressions area, mounted at /suppressions/*. */
export default function SuppressionsRoutes() {
  return (
    <Routes>
      <Route index element={<SuppressionsPage />} />
    </Routes>
  );
}
