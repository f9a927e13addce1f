-- The police's clarification talk (tiltak 22 and 33): one row per talk, from the kjernegruppe's
-- (or follow-up's) request to its outcome. The notes of a held talk are not here: they are
-- police/PST-only case information (case_information, notes_item_id). Free text lives here and
-- in case_information, never in Camunda.
create table clarification_talk (
    id                    uuid          not null primary key,
    case_id               uuid          not null,
    process_instance_id   varchar(64)   not null,
    context               varchar(20)   not null,
    status                varchar(20)   not null,
    conductor_service     varchar(30)   not null,
    municipal_attendance  boolean       not null,
    attendance_basis      varchar(40),
    minor                 boolean,
    invitee               varchar(30),
    invited_on            date,
    proposed_date         date,
    invitations           integer       not null,
    reminded_at           timestamp with time zone,
    answer                varchar(20),
    recommendation        varchar(4000),
    held_on               date,
    place                 varchar(200),
    participants          varchar(400),
    guardians_present     boolean,
    topics                varchar(400),
    assessment            varchar(30),
    assessment_reasons    varchar(4000),
    next_steps            varchar(4000),
    new_talk_planned      boolean,
    notes_item_id         uuid,
    author_username       varchar(50),
    author_service        varchar(30),
    concluded_at          timestamp with time zone,
    created_at            timestamp with time zone not null,
    version               bigint        not null
);
create index clarification_talk_case on clarification_talk (case_id, created_at);
create unique index clarification_talk_process on clarification_talk (process_instance_id);
