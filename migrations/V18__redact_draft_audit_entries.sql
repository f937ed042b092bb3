-- Draft changes used to be audited with their score, key points and note, which any admin could read before the
-- author submitted. Blind scoring keeps a draft to its author: the log keeps who changed which part and when, and the
-- submission (audited in full) shows what was decided. This rewrites the old entries once to that shape; the history
-- guard is lifted for this statement only.
alter table audit_event disable trigger audit_event_is_history;

update audit_event
   set before = null,
       after = case action
           when 'ITEM_SAVED' then jsonb_build_object('part', 'item', 'position', after -> 'position')
           when 'FLAG_SAVED' then jsonb_build_object('part', 'flag', 'redFlagId', after -> 'redFlagId')
           else jsonb_build_object('part', 'overall')
       end
 where entity_type = 'SCORECARD' and action in ('ITEM_SAVED', 'FLAG_SAVED', 'OVERALL_SAVED');

alter table audit_event enable trigger audit_event_is_history;
