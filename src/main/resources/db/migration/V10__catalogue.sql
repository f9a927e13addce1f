-- Measure catalogue: plans, their measures and each measure's status per reporting period.
-- Loaded from classpath:plans/*.yaml by the catalogue module; no personal data.
create table catalogue_plan (
    id              varchar(64)  primary key,
    title           varchar(500) not null,
    version         integer      not null,
    revises         varchar(64),
    municipalities  varchar(200) not null,
    police_district varchar(64)  not null,
    period_from     integer      not null,
    period_to       integer      not null,
    checksum        varchar(64)  not null,
    loaded_at       timestamp with time zone not null
);

create table catalogue_measure (
    plan_id            varchar(64)  not null references catalogue_plan (id),
    number             integer      not null,
    title              varchar(500) not null,
    area               varchar(200) not null,
    area_position      integer      not null,
    description        text         not null,
    parties            varchar(100) not null,
    unit               varchar(300),
    partners           text         not null,
    national_plan_refs varchar(200) not null,
    decision           varchar(20)  not null,
    merged_with        varchar(200) not null,
    renamed_to         varchar(500),
    recommendation     text         not null,
    derived_from       varchar(200) not null,
    primary key (plan_id, number)
);

create table catalogue_measure_status (
    plan_id     varchar(64) not null,
    number      integer     not null,
    period      varchar(20) not null,
    status      varchar(20) not null,
    status_text text        not null,
    primary key (plan_id, number, period),
    foreign key (plan_id, number) references catalogue_measure (plan_id, number)
);
