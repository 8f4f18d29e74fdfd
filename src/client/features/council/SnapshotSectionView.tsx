import type { AccuracyComment } from '../../../domain/records/accuracyComment';
import type { SnapshotBlock, SnapshotSection } from '../../../domain/records/publishedSnapshot';
import { CommentForm } from './CommentForm';
import { CouncilCommentList } from './CouncilCommentList';

type Props = {
  snapshotId: string;
  section: SnapshotSection;
  sectionIndex: number;
  /** The letter's paragraph number of each block, or null (letterParagraphNumbers). */
  numbers: (number | null)[];
  /** Comments on this section, whole or on one of its blocks. */
  comments: readonly AccuracyComment[];
  nameOf: (blockIndex: number | null) => string;
  myMemberId: string;
  /** The team's member ids this device knows (none on a council device). */
  teamIds: ReadonlySet<string>;
  /** The council comments; the manager may too (shown to the council as the review team's); peers read. */
  canComment: boolean;
};

function BlockText({ block, number }: { block: SnapshotBlock; number: number | null }) {
  const label = number === null ? null : <span className="paragraph-number">{number}.</span>;
  if (block.kind === 'paragraph') {
    return (
      <p>
        {label}
        {label ? ' ' : null}
        {block.text}
      </p>
    );
  }
  return (
    <div>
      {label}
      <ul>
        {block.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** One section (a slide, or a part of the letter): its blocks, each with its comments and a way to comment. */
export function SnapshotSectionView({
  snapshotId,
  section,
  sectionIndex,
  numbers,
  comments,
  nameOf,
  myMemberId,
  teamIds,
  canComment,
}: Props) {
  const headingId = `section-${sectionIndex}`;
  const on = (blockIndex: number | null) => comments.filter((comment) => comment.blockIndex === blockIndex);
  return (
    <section className="shared-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.blocks.map((block, blockIndex) => (
        <div key={blockIndex} className="shared-block">
          <BlockText block={block} number={numbers[blockIndex] ?? null} />
          <CouncilCommentList
            comments={on(blockIndex)}
            place={nameOf(blockIndex)}
            myMemberId={myMemberId}
            teamIds={teamIds}
          />
          {canComment ? (
            <CommentForm place={{ snapshotId, sectionIndex, blockIndex }} placeName={nameOf(blockIndex)} />
          ) : null}
        </div>
      ))}
      <CouncilCommentList comments={on(null)} place={nameOf(null)} myMemberId={myMemberId} teamIds={teamIds} />
      {canComment ? (
        <CommentForm place={{ snapshotId, sectionIndex, blockIndex: null }} placeName={nameOf(null)} />
      ) : null}
    </section>
  );
}
