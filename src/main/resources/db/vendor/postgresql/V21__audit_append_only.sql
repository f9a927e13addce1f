-- Audit trail (issue 11): the database refuses to change or remove a chained entry, whoever asks
-- (the application never does: AuditChainer only inserts). audit_pending is a queue the chainer
-- drains (delete allowed, update refused); the chain head only moves forward and is never deleted.
-- A DBA can still disable a trigger: the keyed hashes (HMAC, key outside the database) then show
-- what they changed. Same rules on H2: db/vendor/h2/V21__audit_append_only.sql.
-- Text reads list every text with its level (no summary): items widened.
drop view disclosure_log;
alter table audit_entry alter column items type varchar(100000);
alter table audit_pending alter column items type varchar(100000);
create view disclosure_log as
select id as audit_entry_id, case_id, occurred_at, username, agency, items, legal_basis, purpose
from audit_entry
where action = 'READ' and items like '%=FULL%';

alter table audit_chain_head add column mac varchar(64);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'audit_chain_head' and tg_op = 'UPDATE' then
        if new.id = old.id and new.last_entry_id >= old.last_entry_id then
            return new;
        end if;
    end if;
    raise exception 'audit trail is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_pending_append_only before update on audit_pending
    for each row execute function audit_refuse_change();
create trigger audit_chain_head_forward_only before update or delete on audit_chain_head
    for each row execute function audit_refuse_change();
