import { queryClient } from './startup';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { hasBrowserToken } from './api/client';
import './i18n';
import './styles/theme.css';
import { App } from './App';
import { NeedsLink } from './layout/NeedsLink';
import { guardFileDrops } from './layout/drop-guard';

guardFileDrops();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {hasBrowserToken() ? (
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <App />
        </HashRouter>
      </QueryClientProvider>
    ) : (
      <NeedsLink />
    )}
  </StrictMode>,
);
