-- Reference data and users. Flyway owns these tables; Camunda owns ACT_* (ADR 0003).
create table police_district (
    code varchar(20)  not null primary key,
    name varchar(100) not null
);

create table municipality (
    code                 varchar(4)   not null primary key,
    name                 varchar(100) not null,
    reference_prefix     varchar(4)   not null unique,
    police_district_code varchar(20)  not null references police_district (code)
);

create table app_user (
    username             varchar(50)  not null primary key,
    password_hash        varchar(100) not null,
    display_name         varchar(100) not null,
    agency               varchar(20)  not null,
    service_unit         varchar(30)  not null,
    municipality_code    varchar(4)   references municipality (code),
    police_district_code varchar(20)  references police_district (code),
    enabled              boolean      not null
);

create table app_user_role (
    username varchar(50) not null references app_user (username),
    role     varchar(30) not null,
    primary key (username, role)
);

-- Which municipalities' kjernegruppe a user sits in (municipal and police members alike).
create table kjernegruppe_member (
    username          varchar(50) not null references app_user (username),
    municipality_code varchar(4)  not null references municipality (code),
    primary key (username, municipality_code)
);

-- Spring Modulith event publication registry (JPA), so that no module event is lost.
create table event_publication (
    id               uuid          not null primary key,
    completion_date  timestamp with time zone,
    event_type       varchar(512)  not null,
    listener_id      varchar(512)  not null,
    publication_date timestamp with time zone not null,
    serialized_event varchar(4000) not null
);
create index event_publication_incomplete on event_publication (completion_date);

insert into police_district (code, name) values ('oslo', 'Oslo politidistrikt');
insert into police_district (code, name) values ('sor-ost', 'Sør-Øst politidistrikt');

insert into municipality (code, name, reference_prefix, police_district_code) values ('3201', 'Bærum', 'B', 'oslo');
insert into municipality (code, name, reference_prefix, police_district_code) values ('3203', 'Asker', 'A', 'oslo');
insert into municipality (code, name, reference_prefix, police_district_code) values ('3907', 'Sandefjord', 'S', 'sor-ost');
