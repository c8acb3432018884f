import { EnterpriseForm } from '../modules/enterprises/components/EnterpriseForm';

export default function EnterprisePage() {
  return <EnterpriseForm />;
}
