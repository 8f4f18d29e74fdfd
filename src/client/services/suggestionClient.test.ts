import { afterEach, describe, expect, it, vi } from 'vitest';
import { suggestForBoard, type SuggestionRequest } from '../../domain/findings/boardSuggestions';
import { createSuggestionClient, type SuggestionQuestion } from './suggestionClient';
import { makeWireDecoder } from './suggestionWire';

const request = (text: string): SuggestionRequest => ({
  unassigned: [
    { id: 'a', text, themeIds: ['t'] },
    { id: 'b', text, themeIds: ['t'] },
  ],
  selected: [],
  findings: [],
  citedNotes: [],
});

/** A worker that answers only when the test says, as the real one answers when it is done. */
class HeldWorker extends EventTarget {
  posted: SuggestionQuestion[] = [];
  terminated = false;
  decode = makeWireDecoder();
  postMessage(question: SuggestionQuestion) {
    this.posted.push(question);
  }
  answerLast() {
    const question = this.posted.at(-1) as SuggestionQuestion;
    const data = { id: question.id, suggestions: suggestForBoard(this.decode(question.request)) };
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('suggestion client', () => {
  it('computes on the main thread where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const answer = await createSuggestionClient().suggest(request('panel slow'));
    expect(answer.groups.map((group) => group.noteIds)).toEqual([['a', 'b']]);
  });

  it('asks the worker one request at a time, and only the latest of those that waited', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const worker = new HeldWorker();
    const client = createSuggestionClient(() => worker as unknown as Worker);
    const first = client.suggest(request('first words'));
    const second = client.suggest(request('second words'));
    const third = client.suggest(request('third words'));
    await expect(second).rejects.toThrow('a newer request came');
    expect(worker.posted).toHaveLength(1);

    worker.answerLast();
    await expect(first).resolves.toMatchObject({ groups: [{ noteIds: ['a', 'b'] }] });
    expect(worker.posted.map((question) => question.request.notes[0]?.text)).toEqual(['first words', 'third words']);
    worker.answerLast();
    await expect(third).resolves.toMatchObject({ groups: [{ noteIds: ['a', 'b'] }] });

    client.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('sends the words of a note to the worker once, and again only when they change', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const worker = new HeldWorker();
    const client = createSuggestionClient(() => worker as unknown as Worker);
    const asks = [request('panel slow'), request('panel slow'), { ...request('panel slow'), selected: [] }];
    const edited = request('panel slow');
    edited.unassigned[1] = { id: 'b', text: 'panel very slow', themeIds: ['t'] };
    for (const ask of [...asks, edited]) {
      const answer = client.suggest(ask);
      worker.answerLast();
      // The worker reads each question whole, whatever crossed.
      await expect(answer).resolves.toEqual(suggestForBoard(ask));
    }
    expect(worker.posted.map((question) => question.request.notes.map((note) => note.text))).toEqual([
      ['panel slow', 'panel slow'],
      [],
      [],
      ['panel very slow'],
    ]);
    expect(worker.posted.map((question) => question.request.unassigned)).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });
});
