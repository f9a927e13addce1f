-- Measures of the catalogue applied to a case (the kjernegruppe's follow-up decision).
-- Ids only, no personal data; no foreign key to catalogue_measure because a changed plan file
-- replaces its plan whole while the record of what was applied stays.
create table case_measure (
    case_id        uuid        not null,
    plan_id        varchar(64) not null,
    measure_number integer     not null,
    applied_at     timestamp with time zone not null,
    applied_by     varchar(100) not null,
    primary key (case_id, plan_id, measure_number)
);

create index case_measure_by_measure on case_measure (plan_id, measure_number);
