-- The start-up backfill now looks, at every start, for interviews without a stored outcome (one written by an older
-- instance still running during an upgrade, say) instead of running once, so its marker goes.
drop table outcome_backfill;
