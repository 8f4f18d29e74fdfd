import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { StakeholderGroup } from '../../../domain/records/session';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getSearchVocabulary, type SearchVocabulary } from '../../store/searchSource';
import { VirtualList } from '../../ui/VirtualList';
import { filterChoices, toSearchFilters, type FilterSelection } from '../../services/noteFilterChoices';
import { resultNames } from './resultNames';
import { SearchFiltersForm } from './SearchFiltersForm';
import { SearchResultRow } from './SearchResultRow';
import { useNoteSearchIndex } from './useNoteSearchIndex';

/** Height of one result row (px): three short lines; styles.css clamps the excerpt to fit. */
export const resultRowHeight = 156;

/** Made once: toLocaleString with a locale sets up a formatter on every call, that is every keystroke. */
const countFormat = new Intl.NumberFormat('en-GB');

const emptyVocabulary: SearchVocabulary = {
  themes: [],
  scopeQuestions: [],
  sessions: [],
  deletedSessions: [],
  members: [],
};

type Props = {
  /** Height of the results area (px); measured from the page when not given. Tests set it. */
  resultsHeight?: number;
};

/** "Search notes": every note on this device, found by words and narrowed by tags, offline. */
export function SearchPage({ resultsHeight }: Props) {
  const { identity } = useEngagementContext();
  // The index is the engagement's own (EngagementShell holds one per engagement); a new
  // engagement starts a new screen so text and filters do not carry over.
  return (
    <SearchScreen key={identity.engagementId} engagementId={identity.engagementId} resultsHeight={resultsHeight} />
  );
}

function SearchScreen({ engagementId, resultsHeight }: Props & { engagementId: string }) {
  const { db } = useAppServices();
  const { index, generation, progress, error } = useNoteSearchIndex();
  const loadedVocabulary = useLiveQuery(() => getSearchVocabulary(db, engagementId), [db, engagementId]);
  const vocabulary = loadedVocabulary ?? emptyVocabulary;
  const [text, setText] = useState('');
  const [selection, setSelection] = useState<FilterSelection>({});
  // Searched in the same render as the keystroke, not deferred: a search over 5,000 notes
  // takes a few ms on a slow tablet (bench/search-notes.mjs), and deferring it cost a frame.

  const sessionGroups = useMemo(
    () => new Map<string, readonly StakeholderGroup[]>(vocabulary.sessions.map((s) => [s.id, s.stakeholderGroups])),
    [vocabulary.sessions],
  );
  // Results wait for the names too (a few ms), so rows never flash "a teammate" first.
  // The index changes in place; each change bumps the generation, which recomputes this.
  const namesLoaded = loadedVocabulary !== undefined;
  const result = useMemo(
    () =>
      index === null || generation === null || !namesLoaded
        ? null
        : index.search({ text, filters: toSearchFilters(selection), sessionGroups }),
    [index, generation, namesLoaded, text, selection, sessionGroups],
  );
  const names = useMemo(() => resultNames(engagementId, vocabulary), [engagementId, vocabulary]);
  const choices = useMemo(() => filterChoices(vocabulary), [vocabulary]);
  const count = result?.hits.length ?? 0;

  return (
    <main className="search-page">
      <h1>Search notes</h1>
      <div className="search-box">
        <label htmlFor="search-notes">Search notes</label>
        <input
          id="search-notes"
          type="search"
          value={text}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <SearchFiltersForm choices={choices} selection={selection} onChange={setSelection} />
      {error ? <p role="alert">{error}</p> : null}
      <p role="status" aria-live="polite" className="search-count">
        {index === null
          ? 'Reading the notes on this device…'
          : result === null
            ? '' // the names of sessions and people, a moment away
            : count === 0
              ? 'No notes found'
              : `${countFormat.format(count)} ${count === 1 ? 'note' : 'notes'} found`}
      </p>
      {/* Outside the live region: a screen reader hears "reading" once, not every step. */}
      {result === null && progress ? (
        <progress className="search-progress" aria-label="Notes read" max={progress.total} value={progress.done} />
      ) : null}
      {result && count > 0 ? (
        <VirtualList
          items={result.hits}
          rowHeight={resultRowHeight}
          // Rows are tall: three beyond each edge cover a fast flick, and fewer rows to
          // re-render keeps each keystroke quick.
          overscan={3}
          getKey={(hit) => hit.note.id}
          label="Notes found"
          viewportHeight={resultsHeight}
          scrollResetKey={`${text}\u0000${JSON.stringify(selection)}`}
          className="search-results"
          renderRow={(hit) => <SearchResultRow note={hit.note} query={result.query} names={names} />}
        />
      ) : null}
    </main>
  );
}
