import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import type { FindingLane } from '../../../domain/records/finding';
import { laneDropId, type DragData } from './dragIds';

type Props = {
  lane: FindingLane;
  title: string;
  findingIds: readonly string[];
  children: ReactNode;
};

/** One lane of a theme's board: findings in order, sortable, and a drop target for its end. */
export function FindingLaneColumn({ lane, title, findingIds, children }: Props) {
  const data: DragData = { kind: 'lane', lane, label: title };
  const { setNodeRef, isOver } = useDroppable({ id: laneDropId(lane), data });
  const headingId = `lane-${lane.replace(/\s+/g, '-')}`;
  return (
    <section ref={setNodeRef} className={`board-lane${isOver ? ' board-lane--over' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="muted">({findingIds.length})</span>
      </h2>
      <SortableContext items={[...findingIds]} strategy={verticalListSortingStrategy}>
        <ul className="board-lane__findings" aria-label={title}>
          {children}
        </ul>
      </SortableContext>
      {findingIds.length === 0 ? <p className="muted">No findings in this lane yet.</p> : null}
    </section>
  );
}
