-- The stored reasons now include BORDERLINE where a kit's minimum lies inside the 90 % band of its composite
-- (docs/statistics.md). Outcomes stored before this have no such reasons, so they are computed again at the next start,
-- as after V23; the leniency totals are kept as differences and do not change.
delete from interview_outcome;
