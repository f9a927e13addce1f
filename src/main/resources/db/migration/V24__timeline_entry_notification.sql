-- Issue 11: a follow-up step on a linked case's timeline names the notification whose routine wrote it,
-- so the timeline shows it only to a viewer who may see that notification's link to the case.
alter table review_entry add column notification_id uuid;
