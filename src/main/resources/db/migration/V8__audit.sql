-- Audit: the privacy officer's export of the trail is itself an entry (action EXPORT); an
-- export that is not filtered by case belongs to no case, so case_id may be empty.
alter table audit_entry alter column case_id drop not null;
