import type { Note } from '../../../domain/records/note';
import { chosenLabels, type TagOptions } from './tagOptions';

/** A note's tags in one line: theme names, and scope questions by number only. */
export function TagSummary({ note, options }: { note: Note; options: TagOptions }) {
  const themes = chosenLabels(options.themes, note.themeIds);
  const questions = chosenLabels(options.scopeQuestions, note.scopeQuestionIds).map((label) => label.split(' ')[0]);
  if (themes.length === 0 && questions.length === 0) return <span className="muted">No tags yet</span>;
  return (
    <span className="tag-summary">
      {themes.map((name) => (
        <span key={name} className="tag-summary__tag">
          {name}
        </span>
      ))}
      {questions.map((number) => (
        <span key={number} className="tag-summary__tag tag-summary__tag--question">
          {number}
        </span>
      ))}
    </span>
  );
}
