-- Legal grounds recorded on a case by its decider (issue 11, path 7): the ground on which the
-- kjernegruppe forwards a serious case to the police. A sharing fact, read by processes/disclosure.dmn
-- for every later view; never a process variable. Rows are only added (a ground is part of the record
-- of the decision); the justification is the decider's short written reasons.
create table case_legal_ground (
    id            uuid          not null primary key,
    case_id       uuid          not null,
    legal_ground  varchar(40)   not null,
    decision      varchar(40)   not null,
    justification varchar(1000) not null,
    decided_by    varchar(50)   not null,
    decided_at    timestamp with time zone not null
);
create index case_legal_ground_case on case_legal_ground (case_id);
