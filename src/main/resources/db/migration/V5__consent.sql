-- Sharing: consent records. Who gave consent (the person, or the guardians of a child), to which
-- recipients, for which period, how (written, or oral with a witness), who recorded it, and its
-- withdrawal. Rows are never deleted: a withdrawal fills in the withdrawn_* columns.
-- given_by_name is personal data: read only through the sharing module, never logged.

create table consent (
    id                uuid          not null primary key,
    concern_id        uuid          not null,
    given_by          varchar(20)   not null,
    given_by_name     varchar(200)  not null,
    valid_from        date          not null,
    valid_to          date,
    consent_form      varchar(10)   not null,
    witness           varchar(200),
    recorded_by       varchar(50)   not null,
    recorded_at       timestamp with time zone not null,
    withdrawn_at      timestamp with time zone,
    withdrawn_by      varchar(50),
    withdrawal_reason varchar(1000),
    version           bigint        not null,
    constraint consent_period check (valid_to is null or valid_to >= valid_from),
    constraint consent_oral_witness check (consent_form <> 'ORAL' or witness is not null),
    constraint consent_withdrawal check ((withdrawn_at is null and withdrawn_by is null)
                                         or (withdrawn_at is not null and withdrawn_by is not null))
);
create index consent_concern on consent (concern_id);

create table consent_recipient (
    consent_id uuid        not null references consent (id),
    recipient  varchar(20) not null,
    primary key (consent_id, recipient)
);
