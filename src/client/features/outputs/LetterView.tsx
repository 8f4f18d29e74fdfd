import { letterParagraphNumbers } from '../../../domain/outputs/letterParagraphNumbers';
import type { OutputDocument } from '../../../domain/outputs/outputDocument';

/** The summary letter as it reads and prints: its sections, numbered paragraphs numbered as in the .docx. */
export function LetterView({ letter }: { letter: OutputDocument }) {
  const numbers = letterParagraphNumbers(letter.body);
  return (
    <article className="letter" aria-label={`Summary letter: ${letter.title}`}>
      <h2 className="letter__title">{letter.title}</h2>
      {letter.body.sections.map((section, sectionIndex) => (
        <section key={sectionIndex}>
          <h3>{section.heading}</h3>
          {section.blocks.map((block, blockIndex) => {
            const number = numbers[sectionIndex]?.[blockIndex] ?? null;
            const label = number === null ? null : <span className="letter__number">{number}.</span>;
            return block.kind === 'paragraph' ? (
              <p key={blockIndex} className={number === null ? undefined : 'letter__numbered'}>
                {label} {block.text}
              </p>
            ) : (
              <div key={blockIndex} className={number === null ? undefined : 'letter__numbered'}>
                {label}
                <ul>
                  {block.items.map((item, itemIndex) => (
                    <li key={itemIndex}>{item}</li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
