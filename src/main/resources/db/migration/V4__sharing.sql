-- Sharing: the append-only, hash-chained audit trail of every read (and later change) of a
-- concern's personal data, and the disclosure log derived from it.

create table audit_entry (
    id             bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    username       varchar(50)   not null,
    agency         varchar(20)   not null,
    case_id        uuid          not null,
    action         varchar(10)   not null,
    items          varchar(200)  not null,
    legal_basis    varchar(1000) not null,
    purpose        varchar(200)  not null,
    remote_address varchar(64),
    before_value   varchar(4000),
    after_value    varchar(4000),
    prev_hash      varchar(64)   not null,
    hash           varchar(64)   not null unique
);
create index audit_entry_case on audit_entry (case_id, id);
create index audit_entry_user on audit_entry (username, id);
create index audit_entry_time on audit_entry (occurred_at);

-- One row, locked (SELECT ... FOR UPDATE) by every append, so that the chain never forks.
create table audit_chain_head (
    id            integer     not null primary key,
    last_entry_id bigint      not null,
    last_hash     varchar(64) not null,
    constraint audit_chain_head_single_row check (id = 1)
);
insert into audit_chain_head (id, last_entry_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What was disclosed identified (level FULL for at least one item), to whom, on which basis.
create view disclosure_log as
select id as audit_entry_id, case_id, occurred_at, username, agency, items, legal_basis, purpose
from audit_entry
where action = 'READ' and items like '%=FULL%';
