import { Link } from 'react-router';
import { PageHeader } from '../../ui/layout';
import { ImportForm } from './import-form';
import { PastImports } from './past-imports';

/** /contacts/import: upload a CSV, and the imports done before. */
export function ImportPage() {
  return (
    <>
      <PageHeader title="Import contacts" back={<Link to="/contacts">← Contacts</Link>} />
      <ImportForm />
      <PastImports />
    </>
  );
}
