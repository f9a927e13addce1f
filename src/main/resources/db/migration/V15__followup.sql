-- What the follow-up task forms record (family and returnee follow-up): outcome codes, the plan's
-- services and deadlines, and who recorded it when. Free text goes to the case timeline (review)
-- and police/PST-only results to sharing's graded case information (reference), never here.
create table followup_entry (
    id                  uuid          not null primary key,
    case_id             uuid          not null,
    process_instance_id varchar(64)   not null,
    task_key            varchar(60)   not null,
    outcome             varchar(40)   not null,
    service_code        varchar(30),
    due_date            date,
    reference           uuid,
    username            varchar(50)   not null,
    agency              varchar(20)   not null,
    recorded_at         timestamp with time zone not null
);
create index followup_entry_case on followup_entry (case_id, recorded_at);
