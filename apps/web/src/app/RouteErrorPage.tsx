import { useRouteError } from 'react-router';

import { ErrorBoundary } from './ErrorBoundary';

/** The router's errorElement: rethrows into the boundary, which tells a lost chunk from a crash. */
function Rethrow(): never {
  throw useRouteError();
}

export function RouteErrorPage() {
  return (
    <ErrorBoundary>
      <Rethrow />
    </ErrorBoundary>
  );
}
