import { createContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Where the app keeps its one react-query client. Only the screens that talk to the
 * server directly (join, team, settings) use react-query, so the library loads with them
 * (QueryScope) rather than at start; the client, made on first use, is shared by them.
 */
export type QueryClientHolder = { client?: QueryClient };

export const QueryClientHolderContext = createContext<QueryClientHolder>({});
