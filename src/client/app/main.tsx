import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TriangulateDb } from '../store/db';
import { createApiClient } from '../sync/apiClient';
import { createTeamApiClient } from '../sync/teamApiClient';
import { App } from './App';
import { PendingSaves } from './pendingSaves';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App
      services={{
        db: new TriangulateDb(),
        api: createApiClient(),
        teamApi: createTeamApiClient(),
        pendingSaves: new PendingSaves(),
      }}
    />
  </StrictMode>,
);
