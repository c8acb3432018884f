import { createContext, useContext } from 'react';

import type { ConsoleClient } from './apolloClient';

export const ConsoleClientContext = createContext<ConsoleClient | null>(null);

export function useConsoleClient(): ConsoleClient {
  const value = useContext(ConsoleClientContext);
  if (!value) throw new Error('useConsoleClient outside its provider');
  return value;
}
