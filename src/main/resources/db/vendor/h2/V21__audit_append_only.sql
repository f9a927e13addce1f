-- Audit trail (issue 11): the database refuses to change or remove a chained entry, whoever asks
-- (the application never does: AuditChainer only inserts). audit_pending is a queue the chainer
-- drains (delete allowed, update refused); the chain head only moves forward and is never deleted.
-- H2's triggers are Java classes: no.samvirke.sharing.internal.AuditAppendOnlyTrigger. The same
-- rules on PostgreSQL: db/vendor/postgresql/V21__audit_append_only.sql.
-- Text reads list every text with its level (no summary): items widened.
drop view disclosure_log;
alter table audit_entry alter column items varchar(100000);
alter table audit_pending alter column items varchar(100000);
create view disclosure_log as
select id as audit_entry_id, case_id, occurred_at, username, agency, items, legal_basis, purpose
from audit_entry
where action = 'READ' and items like '%=FULL%';

alter table audit_chain_head add column mac varchar(64);

create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'no.samvirke.sharing.internal.AuditAppendOnlyTrigger';
create trigger audit_pending_append_only before update on audit_pending
    for each row call 'no.samvirke.sharing.internal.AuditAppendOnlyTrigger';
create trigger audit_chain_head_forward_only before update, delete on audit_chain_head
    for each row call 'no.samvirke.sharing.internal.AuditAppendOnlyTrigger';
