import { Navigate } from 'react-router';
import { hasRole, useUser } from '../session/session';

/** Approvers, consultants and employees start at their inbox; everyone else at the proposals. */
export function HomeRedirect() {
  const user = useUser();
  return <Navigate to={hasRole(user, 'approver', 'consultant', 'employee') ? '/inbox' : '/transfers'} replace />;
}
