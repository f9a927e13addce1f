-- Sharing, issue 3: graded case information items with their provenance, and PST's
-- "do not contact the family" hold. Free text lives here, never in Camunda.

create table case_information (
    id              uuid          not null primary key,
    case_id         uuid          not null,
    kind            varchar(30)   not null,
    text            varchar(4000) not null,
    source_agency   varchar(20)   not null,
    source_service  varchar(30)   not null,
    author_username varchar(50)   not null,
    grading         varchar(20)   not null,
    created_at      timestamp with time zone not null
);
create index case_information_case on case_information (case_id, created_at);

-- One row per hold; the active hold of a case is the one not yet released.
create table contact_hold (
    id          uuid          not null primary key,
    case_id     uuid          not null,
    reason      varchar(2000) not null,
    expires_on  date          not null,
    set_by      varchar(50)   not null,
    set_at      timestamp with time zone not null,
    released_by varchar(50),
    released_at timestamp with time zone,
    version     bigint        not null
);
create index contact_hold_case on contact_hold (case_id, released_at);

-- A read of case information lists every item id with its level, which needs more room than
-- the 200 characters of V4. The view depends on the column, so it is recreated unchanged.
drop view disclosure_log;
alter table audit_entry alter column items set data type varchar(4000);
create view disclosure_log as
select id as audit_entry_id, case_id, occurred_at, username, agency, items, legal_basis, purpose
from audit_entry
where action = 'READ' and items like '%=FULL%';
