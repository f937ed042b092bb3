-- A question's analytics read the interviews that asked it: the kit items naming the question, then the interviews of
-- those kit versions. Without these, GET /questions/{id}/analytics read every submitted score of the organisation.
create index kit_item_question on kit_item (org_id, question_id);
create index interview_kit_version on interview (org_id, kit_version_id);
