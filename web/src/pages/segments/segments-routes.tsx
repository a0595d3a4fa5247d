import { Route, Routes } from 'react-router';
import { SegmentsPage } from './segments-page';
import './segments.css';

/** The Segments area, mounted at /segments/*. */
export default function SegmentsRoutes() {
  return (
    <Routes>
      <Route index element={<SegmentsPage />} />
    </Routes>
  );
}
