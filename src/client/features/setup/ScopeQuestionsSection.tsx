import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import {
  addScopeQuestion,
  listScopeQuestions,
  moveScopeQuestion,
  removeScopeQuestion,
  restoreScopeQuestion,
  updateScopeQuestion,
} from '../../store/scopeQuestionRepository';
import { getTagUsage } from '../../store/tagUsageQueries';
import { OrderedListEditor } from './OrderedListEditor';
import { usageInWords } from './usageWords';

/** Councils usually ask two to four; beyond six the team cannot cover them on site. */
const comfortableMaximum = 6;

export function ScopeQuestionsSection({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const questions = useLiveQuery(() => listScopeQuestions(db, engagementId), [db, engagementId]) ?? [];
  const usage = useLiveQuery(() => getTagUsage(db, engagementId), [db, engagementId]);
  return (
    <section aria-labelledby="scope-heading">
      <h2 id="scope-heading">Scope questions</h2>
      <p className="muted">What the council asked the team to answer: usually two to four, at most six.</p>
      {questions.length > comfortableMaximum ? (
        <p role="alert">
          There are {questions.length} scope questions. More than {comfortableMaximum} is hard to cover in a few days on
          site: agree with the council which matter most.
        </p>
      ) : null}
      <OrderedListEditor
        noun="Scope question"
        multiline
        maxLength={1000}
        items={questions.map((question) => ({ id: question.id, text: question.text }))}
        onSave={(id, text) => updateScopeQuestion(db, engagementId, id, text)}
        onMove={(id, direction) => moveScopeQuestion(db, engagementId, id, direction)}
        onRemove={(id) => removeScopeQuestion(db, engagementId, id)}
        onRestore={(id) => restoreScopeQuestion(db, engagementId, id)}
        usageOf={(id) => usageInWords(usage?.scopeQuestions.get(id))}
        onAdd={(text) => addScopeQuestion(db, engagementId, text)}
      />
    </section>
  );
}
