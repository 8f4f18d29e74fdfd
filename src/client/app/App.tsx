import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppServicesContext, type AppServices } from '../services/appServices';
import { DraftRecovery } from './DraftRecovery';
import { PageHideFlush } from './PageHideFlush';
import { StorageBannerProvider } from './StorageBanner';
import { VersionChangeBanner } from './VersionChangeBanner';
import { QueryClientHolderContext, type QueryClientHolder } from './queryClientHolder';
import {
  EngagementHomePage,
  EngagementShell,
  FindingsPage,
  HomePage,
  SessionPage,
  TimetablePage,
  TodayPage,
} from './startScreens';

// Registers the service worker and offers a new version: nothing the first paint needs.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
// Screens off the capture path: each loads on first use (and is precached for offline).
// Those that talk to the server through react-query load it with them (QueryScope).
const withQueries = () => import('./QueryScope').then((m) => m.withQueries);
const JoinLinkPage = lazy(() => import('../features/join/JoinLinkPage').then((m) => ({ default: m.JoinLinkPage })));
const JoinPage = lazy(() =>
  Promise.all([import('../features/join/JoinPage'), withQueries()]).then(([m, wrap]) => ({
    default: wrap(m.JoinPage),
  })),
);
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const SettingsPage = lazy(() =>
  Promise.all([import('../features/settings/SettingsPage'), withQueries()]).then(([m, wrap]) => ({
    default: wrap(m.SettingsPage),
  })),
);
const TeamPage = lazy(() =>
  Promise.all([import('../features/team/TeamPage'), withQueries()]).then(([m, wrap]) => ({
    default: wrap(m.TeamPage),
  })),
);
const SetupPage = lazy(() => import('../features/setup/SetupPage').then((m) => ({ default: m.SetupPage })));
// The evening merge's screens (the hub and the board: EveningHub, startScreens).
const EveningHub = lazy(() => import('./EveningHub').then((m) => ({ default: m.EveningHub })));
const CoveragePage = lazy(() => import('../features/coverage/CoveragePage').then((m) => ({ default: m.CoveragePage })));
const RecommendationsPage = lazy(() =>
  import('../features/recommendations/RecommendationsPage').then((m) => ({ default: m.RecommendationsPage })),
);
const ConflictsPage = lazy(() =>
  import('../features/conflicts/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);
// The council's reading of what was published, and the team's answers to its comments.
const SnapshotPage = lazy(() => import('../features/council/SnapshotPage').then((m) => ({ default: m.SnapshotPage })));
const CouncilCommentsPage = lazy(() =>
  import('../features/council/CouncilCommentsPage').then((m) => ({ default: m.CouncilCommentsPage })),
);
// The outputs: the presentation, the letter, the check and publishing; the slideshow.
const OutputsPage = lazy(() => import('../features/outputs/OutputsPage').then((m) => ({ default: m.OutputsPage })));
const SlideshowPage = lazy(() =>
  import('../features/outputs/SlideshowPage').then((m) => ({ default: m.SlideshowPage })),
);
const SessionEditorPage = lazy(() =>
  import('../features/timetable/SessionEditorPage').then((m) => ({ default: m.SessionEditorPage })),
);

export function App({ services }: { services: AppServices }) {
  const [queryClientHolder] = useState<QueryClientHolder>(() => ({}));
  return (
    <AppServicesContext.Provider value={services}>
      <QueryClientHolderContext.Provider value={queryClientHolder}>
        <BrowserRouter>
          <DraftRecovery />
          <PageHideFlush />
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
          <VersionChangeBanner />
          <StorageBannerProvider>
            {/* Screens off the capture path load on first use, keeping the initial JavaScript small (bench/bundleSize.mjs). */}
            <Suspense fallback={<p role="status">Opening…</p>}>
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/engagements" element={<HomePage />} />
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
                  <Route path="evening" element={<EveningHub />} />
                  <Route path="evening/findings" element={<FindingsPage />} />
                  <Route path="evening/coverage" element={<CoveragePage />} />
                  <Route path="evening/recommendations" element={<RecommendationsPage />} />
                  <Route path="evening/conflicts" element={<ConflictsPage />} />
                  <Route path="evening/council-comments" element={<CouncilCommentsPage />} />
                  <Route path="shared/:snapshotId" element={<SnapshotPage />} />
                  <Route path="outputs" element={<OutputsPage />} />
                  <Route path="outputs/presentation/slideshow" element={<SlideshowPage />} />
                  <Route path="outputs/:kind" element={<OutputsPage />} />
                </Route>
                <Route path="*" element={<HomePage />} />
              </Routes>
            </Suspense>
          </StorageBannerProvider>
          <footer className="app-footer">Triangulate version {__APP_VERSION__}</footer>
        </BrowserRouter>
      </QueryClientHolderContext.Provider>
    </AppServicesContext.Provider>
  );
}
