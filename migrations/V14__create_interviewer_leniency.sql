-- Each interviewer's totals over the whole organisation, Σ diff_sum and Σ comparisons of interview_rater_stat, so that
-- a report reads L_r = diff_sum / comparisons from one row per interviewer instead of summing every interview of theirs.
create table interviewer_leniency (
    org_id         uuid    not null,
    interviewer_id uuid    not null,
    diff_sum       numeric not null,
    comparisons    bigint  not null check (comparisons >= 0),
    primary key (org_id, interviewer_id),
    foreign key (org_id, interviewer_id) references app_user (org_id, id)
);

insert into interviewer_leniency (org_id, interviewer_id, diff_sum, comparisons)
select org_id, interviewer_id, sum(diff_sum), sum(comparisons)
  from interview_rater_stat
 group by org_id, interviewer_id;

-- Applies each change of interview_rater_stat to the totals, in the same transaction as the change.
create function keep_interviewer_leniency() returns trigger language plpgsql as $fn$
declare
    v_org         uuid    := coalesce(new.org_id, old.org_id);
    v_interviewer uuid    := coalesce(new.interviewer_id, old.interviewer_id);
    v_diff_sum    numeric := 0;
    v_comparisons bigint  := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        v_diff_sum := new.diff_sum;
        v_comparisons := new.comparisons;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        v_diff_sum := v_diff_sum - old.diff_sum;
        v_comparisons := v_comparisons - old.comparisons;
    end if;
    -- every interviewer with a row in interview_rater_stat has one here; refreshes that change nothing leave it alone
    if tg_op <> 'INSERT' and v_diff_sum = 0 and v_comparisons = 0 then
        return null;
    end if;
    -- Submissions to two interviews of one organisation may share interviewers and reach them in different orders:
    -- taking turns per organisation here (after the per-interview lock, never before it) rules out a deadlock.
    perform pg_advisory_xact_lock(hashtextextended(v_org::text, 7201014));
    insert into interviewer_leniency (org_id, interviewer_id, diff_sum, comparisons)
    values (v_org, v_interviewer, v_diff_sum, v_comparisons)
    on conflict (org_id, interviewer_id) do update
       set diff_sum = interviewer_leniency.diff_sum + excluded.diff_sum,
           comparisons = interviewer_leniency.comparisons + excluded.comparisons;
    return null;
end
$fn$;

create trigger keep_interviewer_leniency
    after insert or update of diff_sum, comparisons or delete on interview_rater_stat
    for each row execute function keep_interviewer_leniency();
