-- The hiring manager may put a candidate on hold (they stay active and undecided), and each decision keeps the
-- suggestion the report showed when it was made, so that a departure from it can be read later beside its reason.
alter table candidate_decision drop constraint candidate_decision_decision_check;
alter table candidate_decision add constraint candidate_decision_decision_check check (decision in ('HIRE', 'NO_HIRE', 'HOLD'));
-- null for decisions recorded before suggestions were kept
alter table candidate_decision add column suggested_decision text
    check (suggested_decision in ('ADVANCE', 'DISCUSS', 'INCOMPLETE', 'REJECT'));
