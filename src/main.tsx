import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadTimeline } from './app/lazy-timeline';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { prefetchDataset } from './dataset/dataset-query';
import './index.css';

const client = createQueryClient();
prefetchDataset(client);
preloadTimeline();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);
