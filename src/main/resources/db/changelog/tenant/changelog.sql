--liquibase formatted sql

--changeset gongguan:tenant-001-org-unit
create table org_unit (
    code   varchar(12)  primary key,
    name   varchar(100) not null,
    kind   varchar(16)  not null check (kind in ('VILLAGE', 'COMMUNITY')),
    active boolean      not null default true
);
comment on table org_unit is 'Villages and communities inside this tenant, from the tenant tree file';
