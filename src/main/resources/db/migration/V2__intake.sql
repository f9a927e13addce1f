-- Concerns as registered by frontline staff. Personal data (subject_*, description) is read
-- only through the sharing module.
create table concern (
    id                  uuid          not null primary key,
    reference           varchar(20)   not null unique,
    municipality_code   varchar(4)    not null references municipality (code),
    reporter_username   varchar(50)   not null references app_user (username),
    reporter_service    varchar(30)   not null,
    category            varchar(30)   not null,
    description         varchar(10000) not null,
    subject_anonymous   boolean       not null,
    subject_name        varchar(200),
    subject_birth_date  date,
    subject_national_id varchar(11),
    subject_informed    boolean       not null,
    consent_to_share    boolean       not null,
    acute_danger        boolean       not null,
    status              varchar(20)   not null,
    registered_at       timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    closed_at           timestamp with time zone,
    version             bigint        not null
);
create index concern_reporter on concern (reporter_username, registered_at);
create index concern_municipality_status on concern (municipality_code, status);

-- The last sequence number used per municipality and year, for references like B-2026-0042.
create table concern_reference_counter (
    municipality_code varchar(4) not null references municipality (code),
    counter_year      integer    not null,
    last_value        integer    not null,
    primary key (municipality_code, counter_year)
);
