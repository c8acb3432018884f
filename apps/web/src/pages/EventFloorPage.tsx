import { Navigate, useLocation, useParams } from 'react-router';

import { PageSkeleton } from '../app/PageSkeleton';
import { AppPath } from '../app/paths';
import { useMe } from '../modules/accounts/hooks/useMe';
import { FloorBoard } from '../modules/eventday/components/FloorBoard';

/** 现场大屏: full screen for the venue's display, signed in as the event's organiser. */
export default function EventFloorPage() {
  const { eventId = '' } = useParams();
  const location = useLocation();
  const { me, signedOut } = useMe();
  if (signedOut) return <Navigate to={`${AppPath.LogIn}?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!me) return <PageSkeleton />;
  return <FloorBoard eventId={eventId} />;
}
