-- Notification routine (tiltak 29, 36, 37): outbound travel, return and death notifications
-- handed between PST, the police district and the municipality. Personal data (person_*) is
-- read only through the sharing module; the engine holds the notification id only.
create table notification (
    id                   uuid          not null primary key,
    notification_type    varchar(20)   not null,
    origin_agency        varchar(20)   not null,
    origin_service       varchar(30)   not null,
    event_date           date          not null,
    municipality_code    varchar(4)    not null references municipality (code),
    -- SHA-256 of the normalised identity: finds duplicates without comparing personal data in SQL
    person_key           varchar(64)   not null,
    person_name          varchar(200)  not null,
    person_birth_date    date,
    person_national_id   varchar(11),
    -- PST's/the police's harm assessment: CLEARED (the municipality may be told now), PENDING
    harm_assessment      varchar(20)   not null,
    -- "do not contact the family": expiry and reason (police/PST only; applied to the case)
    contact_hold_until   date,
    contact_hold_reason  varchar(2000),
    case_id              uuid,
    status               varchar(30)   not null,
    holder_agency        varchar(20)   not null,
    holder_username      varchar(50)   not null,
    recorded_by          varchar(50)   not null references app_user (username),
    recorded_at          timestamp with time zone not null,
    version              bigint        not null,
    constraint notification_once unique (person_key, notification_type, event_date, origin_agency)
);
create index notification_municipality on notification (municipality_code, recorded_at);
create index notification_case on notification (case_id);

-- One handoff between agencies, with its receipt and escalations.
create table notification_handoff (
    id                 uuid          not null primary key,
    notification_id    uuid          not null references notification (id),
    seq                integer       not null,
    from_agency        varchar(20)   not null,
    from_username      varchar(50)   not null,
    to_agency          varchar(20)   not null,
    to_group           varchar(100)  not null,
    sent_at            timestamp with time zone not null,
    shared_level       varchar(20)   not null,
    legal_basis        varchar(1000) not null,
    due_at             timestamp with time zone not null,
    escalation         varchar(20)   not null,
    escalated_at       timestamp with time zone,
    acknowledged_by    varchar(50),
    acknowledged_at    timestamp with time zone,
    constraint notification_handoff_seq unique (notification_id, seq)
);
create index notification_handoff_open on notification_handoff (acknowledged_at, due_at);

-- A second submission of the same notification (same person, type, date and source): linked, not doubled.
create table notification_duplicate (
    id               uuid        not null primary key,
    notification_id  uuid        not null references notification (id),
    submitted_by     varchar(50) not null,
    submitted_at     timestamp with time zone not null
);
create index notification_duplicate_notification on notification_duplicate (notification_id);

-- A case opened for a notification that reached the municipality (no concern handling started).
alter table concern add column origin varchar(20) default 'REPORT' not null;
