-- Sharing: the text written for anonymised discussion of a case (ADR 0021). Viewers at level
-- ANONYMISED never get the reporter's description: they get this text once a person has
-- confirmed that it does not identify the subject, or a placeholder until then.
-- One row per case: the reporter's text from registration, replaced by the SLT coordinator's at
-- screening. Who wrote and confirmed it, and which soft findings they confirmed (kinds only, e.g.
-- "POSSIBLE_NAME,YEAR"), are kept here; every write is also a CHANGE entry in the audit trail.
create table anonymised_description (
    case_id          uuid           not null primary key,
    text             varchar(10000) not null,
    written_by_role  varchar(20)    not null,
    confirmed_by     varchar(50)    not null,
    confirmed_at     timestamp with time zone not null,
    confirmed_kinds  varchar(200)   not null
);
