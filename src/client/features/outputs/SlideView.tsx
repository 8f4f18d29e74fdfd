import type { CSSProperties } from 'react';
import { deckLayout } from '../../../domain/outputs/deckLayout';
import { headingFontSizeFor, slideHeading } from '../../../domain/outputs/layoutDeck';
import type { Slide } from '../../../domain/outputs/outputDocument';

/** A box of the slide in percentages of the page, from deckLayout's inches. */
function boxStyle(box: { x: number; y: number; w: number; h: number }): CSSProperties {
  return {
    left: `${(box.x / deckLayout.slideWidthInches) * 100}%`,
    top: `${(box.y / deckLayout.slideHeightInches) * 100}%`,
    width: `${(box.w / deckLayout.slideWidthInches) * 100}%`,
    height: `${(box.h / deckLayout.slideHeightInches) * 100}%`,
  };
}

/** Points as a share of the slide's width (container query units), so a slide scales as a whole. */
const slideWidthPoints = deckLayout.slideWidthInches * 72;
const pointsToCqw = (points: number) => `${(points / slideWidthPoints) * 100}cqw`;

const bodyStyle: CSSProperties = {
  ...boxStyle(deckLayout.bodyBox),
  fontFamily: `${deckLayout.fontFace}, Helvetica, sans-serif`,
  fontSize: pointsToCqw(deckLayout.bodyFontSizePoints),
  lineHeight: deckLayout.lineSpacingMultiple,
  ['--slide-item-gap' as string]: pointsToCqw(deckLayout.paragraphSpacingPoints),
  ['--slide-indent' as string]: pointsToCqw(deckLayout.bulletIndentInches * 72),
};

/**
 * One slide drawn with the deck's own sizes (deckLayout), the same boxes, font and
 * spacing the .pptx uses, so what layoutDeck fitted fits here too. The first slide is the
 * title slide.
 */
export function SlideView({ slide, first }: { slide: Slide; first: boolean }) {
  const heading = slideHeading(slide);
  return (
    <div className={first ? 'slide slide--title' : 'slide'}>
      <h2
        className="slide__heading"
        style={{
          ...boxStyle(deckLayout.headingBox),
          fontFamily: `${deckLayout.fontFace}, Helvetica, sans-serif`,
          fontSize: pointsToCqw(headingFontSizeFor(heading)),
        }}
      >
        {heading}
      </h2>
      <div className="slide__body" style={bodyStyle}>
        {slide.blocks.map((block, index) =>
          block.kind === 'paragraph' ? (
            <p key={index}>{block.text}</p>
          ) : (
            <ul key={index}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>{item}</li>
              ))}
            </ul>
          ),
        )}
      </div>
    </div>
  );
}
