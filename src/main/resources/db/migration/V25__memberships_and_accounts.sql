-- Issue 12: accounts that come from single sign-on, and memberships with a period (ADR 0029).
-- Runs on H2 and PostgreSQL: no vendor functions (the migrated memberships get constructed ids).

alter table app_user add column email varchar(254);
alter table app_user add column status varchar(20) not null default 'ACTIVE';
alter table app_user add column provider varchar(50);
alter table app_user add column external_id varchar(255);
alter table app_user add column created_at timestamp with time zone not null default current_timestamp;
alter table app_user add column last_sign_in_at timestamp with time zone;
-- Set by an administrator's new local account or a reset; the person must choose a password (h4, V26).
alter table app_user add column password_change_required boolean not null default false;
alter table app_user add constraint app_user_external_identity unique (provider, external_id);

update app_user set status = case when enabled then 'ACTIVE' else 'DEACTIVATED' end;
alter table app_user drop column enabled;

-- A pending single sign-on account has no password and, until approved, maybe no employment.
alter table app_user alter column password_hash drop not null;
alter table app_user alter column agency drop not null;
alter table app_user alter column service_unit drop not null;

create table membership (
    id          uuid        not null primary key,
    username    varchar(50) not null references app_user (username),
    kind        varchar(30) not null,
    scope_code  varchar(20),
    valid_from  date        not null,
    valid_to    date,
    proposed    boolean     not null,
    granted_by  varchar(50) not null,
    granted_at  timestamp with time zone not null
);
create index membership_username on membership (username);
create index membership_kind on membership (kind);

-- The old roles become open-ended memberships, in force since before Samvirke; the scope follows the
-- kind's scope: the user's municipality, police district, own agency's unit, or none.
insert into membership (id, username, kind, scope_code, valid_from, valid_to, proposed, granted_by, granted_at)
select cast('00000000-0000-4000-8000-' || lpad(cast(row_number() over (order by r.username, r.role) as varchar(12)), 12, '0') as uuid),
       r.username, r.role,
       case
           when r.role in ('FRONTLINE', 'SLT_COORDINATOR', 'RESOURCE_PERSON') then u.municipality_code
           when r.role = 'POLICE_CONTACT' then u.police_district_code
           when r.role in ('PRIVACY_OFFICER', 'DEPUTY', 'LEADER') then coalesce(u.municipality_code, u.police_district_code)
           else null
       end,
       date '2015-01-01', null, false, 'migration', current_timestamp
from app_user_role r join app_user u on u.username = r.username
where r.role <> 'KJERNEGRUPPE';

-- One KJERNEGRUPPE membership per municipality a person sat in (police members may sit in several).
insert into membership (id, username, kind, scope_code, valid_from, valid_to, proposed, granted_by, granted_at)
select cast('00000000-0000-4000-9000-' || lpad(cast(row_number() over (order by k.username, k.municipality_code) as varchar(12)), 12, '0') as uuid),
       k.username, 'KJERNEGRUPPE', k.municipality_code, date '2015-01-01', null, false, 'migration', current_timestamp
from kjernegruppe_member k;

-- Dropped, not kept unused: two sources of who may do what would drift apart.
drop table app_user_role;
drop table kjernegruppe_member;
