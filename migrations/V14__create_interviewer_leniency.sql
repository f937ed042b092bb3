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

-- No submission may slip between the backfill's snapshot and the trigger that takes over from it.
lock table interview_rater_stat in share row exclusive mode;

insert into interviewer_leniency (org_id, interviewer_id, diff_sum, comparisons)
select org_id, interviewer_id, sum(diff_sum), sum(comparisons)
  from interview_rater_stat
 group by org_id, interviewer_id;

-- Applies each change of interview_rater_stat to the totals, in the same transaction as the change. An amendment can
-- lower a total (an item becomes "not assessed"), so changes are added to the existing row rather than upserted: an
-- upsert checks the negative change itself against the constraint before it finds the row.
create function keep_interviewer_leniency() returns trigger language plpgsql as $fn$
begin
    if tg_op = 'UPDATE' and new.diff_sum = old.diff_sum and new.comparisons = old.comparisons then
        return null;
    end if;
    -- Two submissions to different interviews of one organisation may reach shared interviewers in different orders,
    -- so they take turns here. This cannot deadlock as long as each transaction refreshes one interview (whose lock
    -- refresh_interview_aggregates takes first), which is what submitting and amending a scorecard do.
    perform pg_advisory_xact_lock(hashtextextended(coalesce(new.org_id, old.org_id)::text, 7201014));
    if tg_op = 'INSERT' then
        insert into interviewer_leniency (org_id, interviewer_id, diff_sum, comparisons)
        values (new.org_id, new.interviewer_id, new.diff_sum, new.comparisons)
        on conflict (org_id, interviewer_id) do update
           set diff_sum = interviewer_leniency.diff_sum + excluded.diff_sum,
               comparisons = interviewer_leniency.comparisons + excluded.comparisons;
    elsif tg_op = 'UPDATE' then
        update interviewer_leniency
           set diff_sum = diff_sum + new.diff_sum - old.diff_sum, comparisons = comparisons + new.comparisons - old.comparisons
         where org_id = new.org_id and interviewer_id = new.interviewer_id;
    else
        update interviewer_leniency
           set diff_sum = diff_sum - old.diff_sum, comparisons = comparisons - old.comparisons
         where org_id = old.org_id and interviewer_id = old.interviewer_id;
    end if;
    return null;
end
$fn$;

create trigger keep_interviewer_leniency
    after insert or update of diff_sum, comparisons or delete on interview_rater_stat
    for each row execute function keep_interviewer_leniency();
