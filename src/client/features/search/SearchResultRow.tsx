import { memo } from 'react';
import { Link } from 'react-router';
import type { Note } from '../../../domain/records/note';
import { highlightExcerpt } from '../../../domain/search/highlight';
import type { ParsedQuery } from '../../../domain/search/parseQuery';

/** Names for the ids a note carries, looked up once per screen rather than per row. */
export type ResultNames = {
  engagementId: string;
  sessionTitle: (sessionId: string) => string;
  authorName: (memberId: string) => string;
  tagNames: (note: Note) => string[];
};

type Props = { note: Note; query: ParsedQuery; names: ResultNames };

/**
 * One found note: an excerpt with the matched words marked, where it was said, by whom.
 * Memoised: while a search is typed the screen renders often, and a row's excerpt only
 * changes with its note or the query.
 */
export const SearchResultRow = memo(function SearchResultRow({ note, query, names }: Props) {
  const segments = highlightExcerpt(note.text, query);
  const tags = [note.evidenceType, note.stance, ...(note.isQuote ? ['quote'] : []), ...names.tagNames(note)];
  return (
    <div className="search-result">
      <p className="search-result__text">
        {segments.length === 0 ? <span className="muted">(empty note)</span> : null}
        {segments.map((segment, i) =>
          segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
        )}
      </p>
      <p className="search-result__meta">
        {/* Opens the session at this note: brought into view, focused and marked "Found by search". */}
        <Link to={`/engagements/${names.engagementId}/sessions/${note.sessionId}?note=${note.id}`}>
          {names.sessionTitle(note.sessionId)}
        </Link>
        <span className="muted"> · {names.authorName(note.authorId)}</span>
      </p>
      <p className="search-result__tags muted">{tags.join(' · ')}</p>
    </div>
  );
});
