import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ComponentType, type ReactNode } from 'react';
import { QueryClientHolderContext, type QueryClientHolder } from './queryClientHolder';

/** Made on first use, then the same client for every screen of this app. */
function clientOf(holder: QueryClientHolder): QueryClient {
  holder.client ??= new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return holder.client;
}

function QueryScope({ children }: { children: ReactNode }) {
  const holder = useContext(QueryClientHolderContext);
  return <QueryClientProvider client={clientOf(holder)}>{children}</QueryClientProvider>;
}

/** The screen inside the app's react-query client. */
export function withQueries<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function ScreenWithQueries(props: P) {
    return (
      <QueryScope>
        <Screen {...props} />
      </QueryScope>
    );
  };
}
