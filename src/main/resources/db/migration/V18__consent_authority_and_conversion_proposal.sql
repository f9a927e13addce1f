-- Consent evidence and the four-eyes conversion (issue 11, path 4).
-- A consent carries the reference of its signed document (written) or its witness (oral); rows
-- recorded before this version keep a null reference. The application requires it for new ones.
alter table consent add column document_reference varchar(200);

-- A proposed conversion of an anonymised discussion to a named case, waiting for a second,
-- different member to confirm it. One open proposal per case; confirming or withdrawing removes it.
create table conversion_proposal (
    case_id           uuid          not null primary key,
    legal_ground      varchar(40)   not null,
    consent_reference varchar(200),
    justification     varchar(4000) not null,
    proposed_by       varchar(50)   not null,
    proposed_at       timestamp with time zone not null,
    version           bigint        not null
);
