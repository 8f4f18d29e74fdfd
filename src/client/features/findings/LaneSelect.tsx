import { findingLanes, findingLaneSchema, type FindingLane } from '../../../domain/records/finding';

/** The lane of a finding, labelled "Lane": strengths or areas for consideration. */
export function LaneSelect({
  id,
  lane,
  onChange,
}: {
  id: string;
  lane: FindingLane;
  onChange: (lane: FindingLane) => void;
}) {
  return (
    <>
      <label htmlFor={id}>Lane</label>
      <select id={id} value={lane} onChange={(event) => onChange(findingLaneSchema.parse(event.target.value))}>
        {findingLanes.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </>
  );
}
