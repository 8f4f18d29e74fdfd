import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { JoinLinkPage } from '../features/join/JoinLinkPage';
import { JoinPage } from '../features/join/JoinPage';
import { SessionPage } from '../features/capture/SessionPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPage } from '../features/team/TeamPage';
import { SetupPage } from '../features/setup/SetupPage';
import { EngagementHomePage } from '../features/timetable/EngagementHomePage';
import { SessionEditorPage } from '../features/timetable/SessionEditorPage';
import { TimetablePage } from '../features/timetable/TimetablePage';
import { TodayPage } from '../features/timetable/TodayPage';
import { AppServicesContext, type AppServices } from './appServices';
import { EngagementShell } from './EngagementShell';
import { DraftRecovery } from './DraftRecovery';
import { PageHideFlush } from './PageHideFlush';
import { StorageBannerProvider } from './StorageBanner';
import { VersionChangeBanner } from './VersionChangeBanner';
import { UpdatePrompt } from './UpdatePrompt';

export function App({ services }: { services: AppServices }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  return (
    <AppServicesContext.Provider value={services}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <DraftRecovery />
          <PageHideFlush />
          <UpdatePrompt />
          <VersionChangeBanner />
          <StorageBannerProvider>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/join" element={<JoinLinkPage />} />
            <Route path="/join/:code" element={<JoinPage />} />
            <Route path="/engagements/:engagementId" element={<EngagementShell />}>
              <Route index element={<EngagementHomePage />} />
              <Route path="today" element={<TodayPage />} />
              <Route path="timetable" element={<TimetablePage />} />
              <Route path="timetable/new" element={<SessionEditorPage />} />
              <Route path="timetable/:sessionId/edit" element={<SessionEditorPage />} />
              <Route path="setup" element={<SetupPage />} />
              <Route path="sessions/:sessionId" element={<SessionPage />} />
              <Route path="team" element={<TeamPage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="search" element={<SearchPage />} />
            </Route>
            <Route path="*" element={<HomePage />} />
          </Routes>
          </StorageBannerProvider>
          <footer className="app-footer">Triangulate version {__APP_VERSION__}</footer>
        </BrowserRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>
  );
}
