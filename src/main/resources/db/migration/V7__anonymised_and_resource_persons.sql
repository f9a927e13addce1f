-- Sharing: how the kjernegruppe discusses a case (named or anonymised), and its conversion to a
-- named case on a recorded legal basis. One row per case; absent = as registered.
create table case_confidentiality (
    case_id           uuid          not null primary key,
    discussion_mode   varchar(20)   not null,
    legal_ground      varchar(40),
    consent_reference varchar(200),
    justification     varchar(4000),
    converted_by      varchar(50),
    converted_at      timestamp with time zone,
    updated_at        timestamp with time zone not null,
    version           bigint        not null
);

-- Ad-hoc resource persons: time-limited access to one case after accepting a confidentiality
-- declaration. valid_to is exclusive.
create table case_resource_person (
    id                 uuid         not null primary key,
    case_id            uuid         not null,
    username           varchar(50)  not null,
    valid_from         timestamp with time zone not null,
    valid_to           timestamp with time zone not null,
    granted_by         varchar(50)  not null,
    granted_at         timestamp with time zone not null,
    declaration_key    varchar(100),
    accepted_at        timestamp with time zone,
    expiry_recorded_at timestamp with time zone,
    version            bigint       not null
);
create index case_resource_person_case_user on case_resource_person (case_id, username);
