// @vitest-environment jsdom
import { DndContext } from '@dnd-kit/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardNames } from '../../src/client/features/findings/boardNames';
import { NotePile } from '../../src/client/features/findings/NotePile';
import { makeNote } from './searchFixtures';

afterEach(cleanup);

const names: BoardNames = { memberName: () => 'a teammate', themeName: () => 'a theme' };
const notes = Array.from({ length: 130 }, (_, i) => makeNote(`Pile note ${i + 1}`));

function renderPile() {
  render(
    <DndContext>
      <NotePile
        title="Unassigned notes"
        dropTarget
        notes={notes}
        sessions={new Map()}
        names={names}
        canMove
        selectedIds={new Set()}
        onSelect={() => undefined}
        onMoveTo={() => undefined}
      />
    </DndContext>,
  );
  return within(screen.getByRole('list', { name: 'Unassigned notes' }));
}

describe('a pile of notes', () => {
  it('shows its first page of 50 in the order given (a screenful drawn first), then the rest on asking', async () => {
    const pile = renderPile();
    await waitFor(() => expect(pile.getAllByRole('article')).toHaveLength(50));
    expect(pile.getAllByRole('article')[0]).toHaveAccessibleName('Note: Pile note 1');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more notes (80 more)' }));
    expect(pile.getAllByRole('article')).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /^Show more notes/ })).toBeNull();
  });
});
