-- Everything the kjernegruppe, the SLT coordinator and the police record on a case: screenings,
-- decisions, confirmations after closure and police outcomes. Reasons live here, never in Camunda.
create table review_entry (
    id                  uuid          not null primary key,
    case_id             uuid          not null,
    task_key            varchar(60)   not null,
    task_id             varchar(64)   not null,
    username            varchar(50)   not null,
    service_unit        varchar(30)   not null,
    agency              varchar(20)   not null,
    recorded_at         timestamp with time zone not null,
    outcome             varchar(40)   not null,
    reasons             varchar(4000) not null,
    discussion_mode     varchar(20),
    measures            varchar(4000),
    responsible_service varchar(30),
    review_date         date,
    police_reference    varchar(100)
);
create index review_entry_case on review_entry (case_id, recorded_at);
