import type { RecommendationKind } from '../../../domain/records/recommendation';

/**
 * Where focus goes once a moved recommendation is drawn in its new place: a move or a
 * change of kind re-renders the list, and the control pressed must keep the focus, so a
 * keyboard user can press it again. Met when the recommendation shows in `kind` at `index`.
 */
export type FocusRequest = {
  id: string;
  control: 'up' | 'down' | 'kind';
  kind: RecommendationKind;
  /** Absent for a change of kind: it lands at the end, wherever that is. */
  index?: number;
};
