--liquibase formatted sql

--changeset gongguan:tenant-001-org-unit
create table org_unit (
    code   varchar(12)  primary key,
    name   varchar(100) not null,
    kind   varchar(16)  not null check (kind in ('VILLAGE', 'COMMUNITY')),
    active boolean      not null default true
);
comment on table org_unit is 'Villages and communities inside this tenant, from the tenant tree file';

--changeset gongguan:tenant-002-person
create table person (
    id                     bigint generated always as identity primary key,
    version                bigint       not null default 0,
    name                   varchar(50)  not null,
    name_pinyin            varchar(200) not null,
    name_initials          varchar(50)  not null,
    id_number              char(18)     not null unique,
    sex                    varchar(8)   not null,
    birth_date             date         not null,
    phone                  varchar(20),
    registration_place     char(9)      not null,
    org_unit_code          varchar(12)  references org_unit (code),
    address                varchar(200),
    arrival_date           date,
    flow_type              varchar(16)  not null,
    marital_status         varchar(16)  not null,
    children               int          not null default 0 check (children >= 0),
    employer               varchar(100),
    certificate_number     varchar(50),
    certificate_place      varchar(100),
    certificate_valid_until date,
    certificate_checked    boolean      not null default false,
    created_at             timestamptz  not null default now(),
    created_by             varchar(64)  not null,
    updated_at             timestamptz  not null default now(),
    updated_by             varchar(64)  not null
);
create index person_name_idx on person (name varchar_pattern_ops);
create index person_name_pinyin_idx on person (name_pinyin varchar_pattern_ops);
create index person_name_initials_idx on person (name_initials varchar_pattern_ops);
create index person_org_unit_idx on person (org_unit_code, flow_type);
comment on table person is 'The floating population registry of this tenant: one person per ID number';

--changeset gongguan:tenant-003-step-record
create table step_record (
    id          bigint generated always as identity primary key,
    person_id   bigint       not null references person (id),
    step        varchar(16)  not null check (step in ('VISIT', 'DELIVER', 'FOLLOW_UP', 'ARCHIVE', 'FEEDBACK')),
    done_on     date         not null,
    note        text         not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null default now()
);
create index step_record_person_idx on step_record (person_id, step);
comment on table step_record is 'The five-step method per person: each step a dated record by a named user';

--changeset gongguan:tenant-004-follow-up
create table follow_up (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    person_id   bigint       not null references person (id),
    kind        varchar(16)  not null check (kind in ('KEY_GROUP', 'SERVICE', 'PUBLICITY')),
    due_on      date         not null,
    assignee    varchar(64)  not null,
    plan        text         not null,
    done_on     date,
    result      text,
    done_by     varchar(64),
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now()
);
create index follow_up_open_idx on follow_up (assignee, due_on) where done_on is null;
create index follow_up_person_idx on follow_up (person_id);
comment on table follow_up is '三跟踪: scheduled follow-ups of a person (key group, service, publicity) and their results';

--changeset gongguan:tenant-005-archive
create table archive (
    person_id   bigint       not null references person (id),
    kind        varchar(24)  not null check (kind in ('HOUSEHOLD', 'CHILDBEARING_AGE', 'REPRODUCTIVE_HEALTH', 'NEEDS')),
    version     bigint       not null default 0,
    content     text,
    sealed      bytea,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    primary key (person_id, kind),
    check ((kind = 'REPRODUCTIVE_HEALTH') = (sealed is not null and content is null))
);
comment on table archive is '四建档: the four archives of a person; the reproductive-health archive is kept only encrypted (sealed)';

--changeset gongguan:tenant-006-service-contact
create table service_contact (
    id          int          primary key default 1 check (id = 1),
    office      varchar(100) not null,
    phone       varchar(40)  not null,
    address     varchar(200) not null,
    hours       varchar(100),
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now()
);
comment on table service_contact is 'The contact printed on service cards and notices: the family-planning office of this tenant';

--changeset gongguan:tenant-007-step-record-delivered
alter table step_record add column delivered varchar(24)
    check (delivered is null or (step = 'DELIVER' and delivered in ('SERVICE_CARD', 'CARD_AND_NOTICE')));
comment on column step_record.delivered is '二送: what was delivered — the service card, or the card and the certificate notice';

--changeset gongguan:tenant-008-rental-house
create table rental_house (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    org_unit_code       varchar(12)  references org_unit (code),
    address             varchar(200) not null,
    landlord_name       varchar(50)  not null,
    landlord_id_number  char(18)     not null,
    landlord_phone      varchar(20),
    rooms               int          not null check (rooms between 1 and 500),
    active              boolean      not null default true,
    updated_by          varchar(64)  not null,
    updated_at          timestamptz  not null default now()
);
create index rental_house_landlord_idx on rental_house (landlord_id_number);
comment on table rental_house is 'Houses let to floating persons, with their landlords (房屋出租户)';

create table monthly_report (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    house_id    bigint       not null references rental_house (id),
    month       date         not null check (extract(day from month) = 1),
    reported_on date         not null,
    revision    int          not null default 1,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    unique (house_id, month)
);
comment on table monthly_report is 'The landlord''s monthly report of a house: who lives there, moved in, moved out';

create table report_line (
    report_id           bigint      not null references monthly_report (id),
    person_id           bigint      not null references person (id),
    status              varchar(16) not null check (status in ('STAYING', 'ARRIVED', 'DEPARTED')),
    moved_on            date,
    certificate_checked boolean     not null default false,
    primary key (report_id, person_id)
);
create index report_line_person_idx on report_line (person_id);

create table report_revision (
    id          bigint generated always as identity primary key,
    report_id   bigint       not null references monthly_report (id),
    revision    int          not null,
    lines       text         not null,
    reason      text         not null,
    revised_by  varchar(64)  not null,
    revised_at  timestamptz  not null default now()
);
comment on table report_revision is 'Earlier versions of corrected monthly reports: nothing reported is lost';

create table sweep (
    id          bigint generated always as identity primary key,
    swept_on    date         not null,
    staff       varchar(200) not null,
    note        text,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now()
);
create table sweep_finding (
    id          bigint generated always as identity primary key,
    sweep_id    bigint       not null references sweep (id),
    house_id    bigint       not null references rental_house (id),
    person_id   bigint       references person (id),
    kind        varchar(16)  not null check (kind in ('CHECKED', 'UNREPORTED', 'NO_CERTIFICATE'))
);
comment on table sweep is 'Rental-house sweeps (拉网式清理): a dated visit of houses by named staff, with findings per house';

--changeset gongguan:tenant-050-person-id-number-prefix-index
-- The registry finds ID numbers by prefix (id_number like '6212271968%'). The unique constraint's index is in the
-- collation's order, which a LIKE prefix cannot use, so such a search read the whole table. An index in pattern
-- order turns it into a range scan (and serves the full 18-digit lookup too). With the id beside the number, the
-- grid's count(id) of a broad prefix (a whole county) reads the index alone.
create index person_id_number_pattern_idx on person (id_number bpchar_pattern_ops) include (id);

--changeset gongguan:tenant-051-person-filter-indexes
-- Before the registry grid shows a page it counts the persons its filters (village, flow type, certificate checked)
-- match. A broad filter (150,000 of 200,000 persons) made PostgreSQL read the whole table to count them. These two
-- indexes hold every filter column and the id that the count names, so a count reads the index alone (an index-only
-- scan), starting from the village or from the certificate state. The village index of tenant-002 is widened.
drop index person_org_unit_idx;
create index person_org_unit_idx on person (org_unit_code, flow_type, certificate_checked, id);
create index person_certificate_idx on person (certificate_checked, flow_type, org_unit_code, id);

--changeset gongguan:tenant-052-person-search-statistics
-- A search lists its first page newest first (order by id desc, 51 rows). Where PostgreSQL overestimated how many
-- persons a prefix matches (2,058 for 刘英%, which matched 71), it walked the primary key backwards, filtering until
-- it had 51 rows, and so read the whole table for a rare prefix. A finer histogram of the searched columns (1,000
-- buckets instead of 100) brings the estimates close: it then reads the prefix's own index and sorts the few rows.
alter table person
    alter column name set statistics 1000,
    alter column name_pinyin set statistics 1000,
    alter column name_initials set statistics 1000,
    alter column id_number set statistics 1000;
analyze person;

--changeset gongguan:tenant-009-rental-house-registered-on
-- A house owes reports from the month it was registered on, not for the months before it: without this a house
-- registered today showed as "report missing" for every earlier month and raised those months' reports due. A house
-- registered before this change owes them from its first report, or else from the day it was last saved.
alter table rental_house add column registered_on date;
update rental_house h set registered_on = least((h.updated_at at time zone 'Asia/Shanghai')::date,
    (select min(r.month) from monthly_report r where r.house_id = h.id));
alter table rental_house alter column registered_on set not null;
comment on column rental_house.registered_on is 'The day the house was registered; it owes a monthly report from that month on';

--changeset gongguan:tenant-010-rental-house-withdrawn-on
-- A house no longer let owes no report from the month it was withdrawn in (one made still counts); its reports and
-- sweeps stay.
alter table rental_house add column withdrawn_on date;
alter table rental_house add constraint rental_house_withdrawn_check check (active = (withdrawn_on is null));
comment on column rental_house.withdrawn_on is 'The day the house stopped being let; it owes reports for the months before';

--changeset gongguan:tenant-085-stale-edit-versions
-- The one stale-edit path: every editable record carries a version (a save from a form opened at an older one is
-- refused, naming who saved meanwhile and when). The service contact had none; a follow-up names who recorded it done
-- but not when.
alter table service_contact add column version bigint not null default 0;
alter table follow_up add column done_at timestamptz;
comment on column follow_up.done_at is 'When the follow-up was recorded as done (null before this was kept)';

--changeset gongguan:tenant-086-record-revision
-- Edits kept: every edit of a person or an archive keeps who made it, when, and each field's value before and after.
-- The edits of a sensitive archive (reproductive health) are kept only sealed, bound to the tenant, the record and
-- the version replaced, like the archive itself. A record's history is read newest first, hence the index.
create table record_revision (
    id          bigint generated always as identity primary key,
    subject     varchar(64)  not null,
    version     bigint       not null,
    changes     text,
    sealed      bytea,
    revised_by  varchar(64)  not null,
    revised_at  timestamptz  not null,
    check ((changes is null) <> (sealed is null))
);
create index record_revision_subject_idx on record_revision (subject, id);
comment on table record_revision is 'Earlier versions of persons and archives: who changed which field from what to what, and when';
comment on column record_revision.subject is 'The record edited: person:<id> or archive:<person id>:<kind>';
comment on column record_revision.sealed is 'The changes of a sensitive record, sealed with the context <tenant>/<subject>/revision:<version>';

--changeset gongguan:tenant-070-follow-up-outcome
-- A follow-up's result was free text that could tell of a pregnancy or a contraceptive method in clear. Now its
-- outcome is chosen from a list and kept in clear; anything more goes into a note kept only sealed (encrypted, bound
-- to tenant and follow-up), which the roles that open the reproductive-health archive read with a reason, audited.
-- The texts already stored are sealed into the note by the application at start-up (it holds the key): see
-- fivestep.LegacyFollowUpResults. The step records of follow-ups and feedback repeated those texts: they keep only
-- the outcome from now on, and what they held stays in the follow-up (sealed) or in the message sent (sealed).
alter table follow_up add column outcome varchar(24) check (outcome in ('CONTRACEPTION_IN_PLACE',
    'PREGNANCY_CHECK_DONE', 'SERVICE_RECEIVED', 'REFERRED', 'INFORMED', 'NOT_FOUND', 'MOVED_AWAY', 'OTHER'));
alter table follow_up add column note_sealed bytea;
comment on column follow_up.outcome is '三跟踪: what the follow-up came to, chosen from a list; in clear';
comment on column follow_up.note_sealed is 'An optional note, sealed (platform.Sealer) for context <tenant>/follow_up:<id>/note';
update step_record set note = '' where step in ('FOLLOW_UP', 'FEEDBACK');

--changeset gongguan:tenant-071-follow-up-result-dropped
--preconditions onFail:CONTINUE onError:HALT
--precondition-sql-check expectedResult:0 select count(*) from follow_up where result is not null
-- The clear result goes once every text in it is sealed into the note (LegacyFollowUpResults, at the start-up that
-- ran tenant-070). Until then this changeset is skipped and tried again at the next migration of the tenant.
alter table follow_up drop column result;

--changeset gongguan:tenant-072-person-name-pinyin-300
-- A name may hold 50 characters and a syllable of pinyin 6 letters (zhuang, shuang): the pinyin of the longest names
-- did not fit in 200, so the database refused a name the form had accepted.
alter table person alter column name_pinyin type varchar(300);

--changeset gongguan:tenant-075-outflow-trip
-- 外出登记、返回注销: each time a person registered in this township leaves to live elsewhere is a trip, closed by their
-- return. At most one trip of a person is open. A trip declared after the day of leaving counts as late; one that
-- follows a return is a repeated outflow (重复流出). The destination is a township-level division (GB/T 2260).
create table outflow_trip (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    person_id           bigint       not null references person (id),
    departure_day       date         not null,
    destination_code    char(9)      not null,
    destination_address varchar(200),
    work_unit           varchar(100),
    destination_phone   varchar(20),
    certificate_held    boolean      not null,
    declared_by         varchar(50)  not null,
    declared_on         date         not null,
    on_time             boolean      not null,
    repeated            boolean      not null,
    source              varchar(16)  not null check (source in ('TOWNSHIP', 'OFFICER', 'RECHECK', 'IMPORT')),
    return_day          date,
    created_at          timestamptz  not null,
    created_by          varchar(64)  not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(64)  not null,
    check (return_day is null or return_day >= departure_day)
);
create unique index outflow_trip_open_idx on outflow_trip (person_id) where return_day is null;
create index outflow_trip_person_idx on outflow_trip (person_id, departure_day);
comment on table outflow_trip is 'Outflow registration and return cancellation: one row per trip away of a person registered here';
comment on column outflow_trip.on_time is 'Declared on or before the day of leaving (登录及时)';
comment on column outflow_trip.repeated is 'Left again after an earlier trip was closed by a return (重复流出)';

--changeset gongguan:tenant-073-village-groups
-- Village groups (村民小组): org units below a village, the scope of a level-2 information officer. A group's code is
-- its village's 12 digits and a 3-digit number, so "the village and its groups" is one range of codes
-- (code between village and village || '999') that the org-unit indexes of person serve as they are. Groups come
-- from the tenant file (DECLARED) or are entered by the township administrator (ENTERED); provisioning deactivates
-- only declared units it no longer finds in the file, never a group someone entered.
alter table org_unit alter column code type varchar(15);
alter table org_unit add column parent_code varchar(12) references org_unit (code);
alter table org_unit add column source varchar(16) not null default 'DECLARED' check (source in ('DECLARED', 'ENTERED'));
alter table org_unit drop constraint org_unit_kind_check;
alter table org_unit add constraint org_unit_kind_check check (kind in ('VILLAGE', 'COMMUNITY', 'GROUP'));
alter table org_unit add constraint org_unit_group_check check (case when kind = 'GROUP'
    then parent_code is not null and code ~ '^[0-9]{15}$' and left(code, 12) = parent_code
    else parent_code is null and source = 'DECLARED' end);
create index org_unit_parent_idx on org_unit (parent_code, code);
alter table person alter column org_unit_code type varchar(15);
alter table rental_house alter column org_unit_code type varchar(15);
comment on column org_unit.parent_code is 'The village of a group; null for villages and communities';
comment on column org_unit.source is 'DECLARED in the tenant file, or ENTERED by the township administrator (groups only)';

--changeset gongguan:tenant-090-six-ones-association-contract
-- 六个一 ③: each village's family-planning association (计生协会), entered by the township, and the management contract
-- an outflow person signs with it. A contract cannot be signed before its association was founded; the term runs from
-- the day signed to the day given.
create table fp_association (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    org_unit_code varchar(12)  not null unique references org_unit (code),
    name          varchar(100) not null,
    founded_on    date         not null,
    chair         varchar(50)  not null,
    phone         varchar(20),
    updated_at    timestamptz  not null,
    updated_by    varchar(64)  not null
);
comment on table fp_association is '计生协会: the family-planning association of a village (one per village)';
create table management_contract (
    id             bigint generated always as identity primary key,
    version        bigint        not null default 0,
    person_id      bigint        not null references person (id),
    association_id bigint        not null references fp_association (id),
    signed_on      date          not null,
    term_until     date          not null,
    obligations    varchar(2000) not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(64)   not null,
    check (term_until > signed_on)
);
create index management_contract_person_idx on management_contract (person_id, term_until);
comment on table management_contract is '管理合同: an outflow person''s contract with the village family-planning association';

--changeset gongguan:tenant-091-six-ones-certificate-issue
-- 六个一 ④: the marriage-and-childbearing certificates this township issued to its outflow persons. The number is
-- unique in the township; number, holder and validity stay plain columns so that a verification (三个环节) can ask
-- for a certificate's state by number or by holder.
create table certificate_issue (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    person_id   bigint       not null references person (id),
    number      varchar(30)  not null unique,
    issued_on   date         not null,
    valid_until date         not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null,
    check (valid_until > issued_on)
);
create index certificate_issue_person_idx on certificate_issue (person_id, valid_until);
comment on table certificate_issue is '婚育证明: certificates issued by this township (the register)';

--changeset gongguan:tenant-092-six-ones-health-service
-- 六个一 ⑤: a reproductive-health service given to an outflow person, at the destination or on return; each quarter
-- a person away should have one. The quarter (e.g. 2026-Q4) is the one of the day done, kept for the due lists.
create table health_service (
    id         bigint generated always as identity primary key,
    version    bigint       not null default 0,
    person_id  bigint       not null references person (id),
    quarter    char(7)      not null,
    done_on    date         not null,
    services   varchar(100) not null,
    done_where varchar(16)  not null check (done_where in ('DESTINATION', 'ON_RETURN')),
    place      varchar(100) not null,
    updated_at timestamptz  not null,
    updated_by varchar(64)  not null
);
create index health_service_quarter_idx on health_service (quarter, person_id);
create index health_service_person_idx on health_service (person_id, done_on);
comment on column health_service.services is 'What was done: a comma-separated list of PREGNANCY_CHECK, CONTRACEPTION_CHECK, HEALTH_CHECK, COUNSELLING, OTHER';

--changeset gongguan:tenant-093-six-ones-contraceptive-measure
-- 六个一 ⑥: the person's contraceptive measure, sensitive personal information (PIPL art. 28): the method, since when
-- and a note are kept only sealed (platform.Sealer, context <tenant>/person:<id>/contraceptive-measure); in clear is
-- only that one is recorded, when and by whom. Earlier versions are kept sealed in record_revision.
create table contraceptive_measure (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    person_id   bigint       not null unique references person (id),
    sealed      bytea        not null,
    recorded_on date         not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null
);
comment on column contraceptive_measure.sealed is 'The measure, sealed for context <tenant>/person:<person id>/contraceptive-measure';

--changeset gongguan:tenant-100-officer-report
-- 信息员访查、上报: an information officer's report of a departure, a return or an arrival in their unit. A level-2
-- (group) officer's report waits at the village station (SUBMITTED) until the level-1 officer forwards it to the
-- township (FORWARDED); a level-1 officer's own report is forwarded at once. The township accepts it (ACCEPTED: the
-- trip or the person is recorded from it) or returns it with a reason (RETURNED), as the village may; the reporter
-- corrects a returned report and submits it again. The report holds what was reported, not a copy of the registry:
-- person_id names a person of the registry (a departure of someone registered, a return), the person columns someone
-- new (a departure of someone not registered yet, an arrival). An acceptance the outflow or registry rules refuse
-- leaves the report as it was, with the refusal (a message key and its arguments) for the township to read.
create table officer_report (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    kind                varchar(16)  not null check (kind in ('DEPARTURE', 'RETURN', 'ARRIVAL')),
    state               varchar(16)  not null check (state in ('SUBMITTED', 'FORWARDED', 'RETURNED', 'ACCEPTED')),
    reporter_unit       varchar(15)  not null,
    person_id           bigint       references person (id),
    id_number           char(18),
    name                varchar(50),
    phone               varchar(20),
    registration_place  char(9),
    org_unit_code       varchar(15),
    address             varchar(200),
    arrival_date        date,
    flow_type           varchar(16),
    marital_status      varchar(16),
    children            integer      not null default 0,
    employer            varchar(100),
    departure_day       date,
    destination_code    char(9),
    destination_address varchar(200),
    work_unit           varchar(100),
    destination_phone   varchar(20),
    certificate_held    boolean      not null default false,
    declared_by         varchar(50),
    declared_on         date,
    return_day          date,
    reported_by         varchar(64)  not null,
    reported_at         timestamptz  not null,
    forwarded_by        varchar(64),
    forwarded_at        timestamptz,
    decided_by          varchar(64),
    decided_at          timestamptz,
    reason              varchar(200),
    refusal_key         varchar(80),
    refusal_args        varchar(300),
    trip_id             bigint       references outflow_trip (id),
    updated_by          varchar(64)  not null,
    updated_at          timestamptz  not null,
    check (person_id is not null or id_number is not null)
);
-- the township's inbox and the village station: the reports in one state, oldest first
create index officer_report_state_idx on officer_report (state, reporter_unit, reported_at);
-- an officer's own reports, latest first
create index officer_report_reporter_idx on officer_report (reported_by, reported_at desc);
comment on table officer_report is '信息员上报: an information officer''s report of a departure, return or arrival, until the township accepts it';
comment on column officer_report.reporter_unit is 'The reporting officer''s village or group (the station a group''s report waits at)';
comment on column officer_report.reason is 'Why the report was returned (by the village station or the township)';
comment on column officer_report.refusal_key is 'The last acceptance refused by the outflow or registry rules: its message key';

--changeset gongguan:tenant-105-incentive
-- 激励措施: services given to an outflow person (papers handled on their behalf, a pregnancy check's or one of the four
-- operations' costs reimbursed, priority for the only-child rewards), recorded once and counted per month. Only the
-- reimbursements carry an amount, in yuan, and they must.
create table incentive (
    id          bigint generated always as identity primary key,
    person_id   bigint        not null references person (id),
    kind        varchar(16)   not null
                check (kind in ('PAPERS_HANDLED', 'PREGNANCY_CHECK', 'FOUR_OPERATIONS', 'REWARD_PRIORITY')),
    day         date          not null,
    amount      numeric(10, 2) check (amount > 0),
    note        varchar(200),
    created_at  timestamptz   not null,
    created_by  varchar(64)   not null,
    check ((kind in ('PREGNANCY_CHECK', 'FOUR_OPERATIONS')) = (amount is not null))
);
-- the person page lists a person's incentives; the monthly figure counts a month's
create index incentive_person_idx on incentive (person_id, day);
create index incentive_day_idx on incentive (day);
comment on table incentive is 'Incentives given to outflow persons (激励措施), one row per service given';

--changeset gongguan:tenant-106-outflow-trip-departure-index
-- The monthly outflow figures count the trips that had left by a month's end and were not back before it began:
-- departure_day bounds that scan (OutflowFigures).
create index outflow_trip_departure_idx on outflow_trip (departure_day);

--changeset gongguan:tenant-095-recheck
-- 定期清查, the monthly re-check: on the first day of each month every org unit (village, community, group) gets its
-- list of the outflow persons away, which its officer or the township marks person by person by the due day (set per
-- township, the 25th unless the township admin chose another; a day past a month's end means its last day). A month
-- is generated once (recheck_month): a second run of the job adds nothing. The unique keys (month, org unit) and (list,
-- person) keep two runs that raced from adding a row twice. Persons with no org unit go on the township's own list,
-- whose org unit code is the township's code.
create table recheck_setting (
    id          smallint     primary key default 1 check (id = 1),
    due_day     smallint     not null default 25 check (due_day between 1 and 31),
    version     bigint       not null default 0,
    updated_at  timestamptz,
    updated_by  varchar(64)
);
insert into recheck_setting default values;
create table recheck_month (
    month        date         primary key check (extract(day from month) = 1),
    generated_at timestamptz  not null
);
create table recheck_list (
    id            bigint generated always as identity primary key,
    month         date         not null references recheck_month (month),
    org_unit_code varchar(15)  not null,
    due_on        date         not null,
    generated_at  timestamptz  not null,
    unique (month, org_unit_code)
);
create table recheck_entry (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    list_id     bigint       not null references recheck_list (id),
    person_id   bigint       not null references person (id),
    trip_id     bigint       not null references outflow_trip (id),
    discovered  boolean      not null default false,
    result      varchar(24)  check (result in ('STILL_AWAY', 'RETURNED', 'CERTIFICATE_MISSING', 'CONTACT_LOST',
                                               'NOT_FOUND')),
    note        varchar(200),
    marked_by   varchar(64),
    marked_at   timestamptz,
    unique (list_id, person_id),
    check ((result is null) = (marked_at is null))
);
-- The township's progress counts each list's entries and those marked: read from this index alone.
create index recheck_entry_progress_idx on recheck_entry (list_id) include (result);
-- Findings that become work: a certificate to follow up, a verification request to send to the destination (the
-- exchange of issue 12 sends them; until then they wait here as open items). One of each kind per entry.
create table recheck_finding (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    entry_id    bigint       not null references recheck_entry (id),
    person_id   bigint       not null references person (id),
    kind        varchar(24)  not null check (kind in ('CERTIFICATE_FOLLOW_UP', 'VERIFICATION_REQUEST')),
    opened_at   timestamptz  not null,
    opened_by   varchar(64)  not null,
    closed_at   timestamptz,
    closed_by   varchar(64),
    check ((closed_at is null) = (closed_by is null)),
    unique (entry_id, kind)
);
create index recheck_finding_open_idx on recheck_finding (kind, opened_at) where closed_at is null;
comment on table recheck_list is '定期清查: one list per org unit and month of the outflow persons away, to be marked by the due day';
comment on table recheck_entry is 'A person on a re-check list, with the result the officer or the township marked';
comment on table recheck_finding is 'Work a re-check result calls for: a certificate follow-up or a verification request to send';

--changeset gongguan:tenant-125-destination-unknown-and-confirmations
-- A person may leave for a place nobody knows yet (去向不明): the trip is declared with no destination, which the person
-- index fills in once another township records the person (issue 12). Each meeting of the index that concerns one of
-- this township's persons is applied here once: the trip (if one is open) gets the destination's confirmation — which
-- place recorded the person, and when. A meeting applied with no open trip keeps trip_id null, so that the catch-up
-- after a crash does not apply it again.
alter table outflow_trip alter column destination_code drop not null;
create table outflow_confirmation (
    message_id     bigint       primary key,
    trip_id        bigint       references outflow_trip (id),
    place_code     varchar(12)  not null,
    confirmed_at   timestamptz  not null,
    filled_in      boolean      not null default false,
    applied_at     timestamptz  not null
);
create index outflow_confirmation_trip_idx on outflow_confirmation (trip_id) where trip_id is not null;
comment on table outflow_confirmation is
    'Meetings of the person index applied to this township''s outflow trips: the destination confirmed the person';
comment on column outflow_confirmation.message_id is 'The feedback task (origin MATCH) in platform.exchange_message';
comment on column outflow_confirmation.filled_in is 'The destination was unknown and was filled in from this meeting';

--changeset gongguan:tenant-130-person-owes-figures
-- Issue 13: a change to the registry marks the months it touches as owed for the dashboards' figures (arrival day).
select platform.owe_figures_on('person', 'arrival_date');

--changeset gongguan:tenant-135-person-certificate-checked-on
-- Issue 13: the certificate-check rate of a month is counted as of the month's end, so a check needs its day. A
-- certificate checked at registration counts from the arrival (a late registration describes the person as they
-- arrived), one checked later from that day. Checks recorded before this change count from the arrival, or else the
-- registration. The person's owe triggers now name the check's day too, so that a check withdrawn marks the months it
-- counted in.
alter table person add column certificate_checked_on date;
update person set certificate_checked_on = least(coalesce(arrival_date, (created_at at time zone 'Asia/Shanghai')::date),
                                                 (created_at at time zone 'Asia/Shanghai')::date)
where certificate_checked;
alter table person add constraint person_certificate_checked_on_check
    check (certificate_checked = (certificate_checked_on is not null));
comment on column person.certificate_checked_on is 'The day the certificate counts as checked from (figures as of a day)';
drop trigger person_owes_figures_i on person;
drop trigger person_owes_figures_u on person;
drop trigger person_owes_figures_d on person;
select platform.owe_figures_on('person', 'arrival_date', 'certificate_checked_on', 'created_at');

--changeset gongguan:tenant-136-step-record-owes-figures
-- Issue 13: a step of the five-step method recorded marks the months from the day it was done as owed (the
-- dashboards' step completion counts a step in the month it was done, also when it is entered late).
select platform.owe_figures_on('step_record', 'done_on');

--changeset gongguan:tenant-137-housing-owes-figures
-- Issue 13: the housing figures per unit and month (reports due and received, persons found unreported) count from
-- the houses (registered, withdrawn: a house moved to another unit changes every month it owed), the reports (the
-- month they are for: a late report changes its own month) and the sweeps (the day swept). A sweep's findings are
-- written only with the sweep, in its transaction, so the sweep's mark covers them.
select platform.owe_figures_on('rental_house', 'registered_on', 'withdrawn_on');
select platform.owe_figures_on('monthly_report', 'month');
select platform.owe_figures_on('sweep', 'swept_on');

--changeset gongguan:tenant-140-outflow-owes-figures splitStatements:false
-- Issue 13: the tables the outflow figures per unit count (OutflowFigures, RecheckFigures, SixOnesFigures) mark the
-- months they touch as owed. A trip belongs to the months from its departure on (and a return to those from the
-- return on); a contract, a certificate or a service to those from its days on. A re-check list belongs to its month;
-- its entries, the household archive and the contraceptive measure change only today's counts (an entry is marked in
-- its list's month; the archive and the measure count from their last save), so they mark the current month. The
-- archive may be marked for the five-step figures already: its trigger is made once.
select platform.owe_figures_on('outflow_trip', 'departure_day', 'return_day');
select platform.owe_figures_on('recheck_list', 'month');
select platform.owe_figures_on('recheck_entry');
select platform.owe_figures_on('management_contract', 'signed_on', 'term_until');
select platform.owe_figures_on('certificate_issue', 'issued_on', 'valid_until');
select platform.owe_figures_on('health_service', 'done_on');
select platform.owe_figures_on('contraceptive_measure');
do $$ begin
    if not exists (select 1 from pg_trigger where tgrelid = 'archive'::regclass and tgname = 'archive_owes_figures_i') then
        perform platform.owe_figures_on('archive');
    end if;
end $$;

--changeset gongguan:tenant-141-outflow-trip-return-index
-- The six ones count the persons away on a day: a trip left by then and not back by then (return_day null or after
-- it). The open trips come from outflow_trip_open_idx, those back after the day from this index (SixOnesQueries),
-- instead of a scan of every trip ever made.
create index outflow_trip_return_idx on outflow_trip (return_day);

--changeset gongguan:tenant-145-governance-member
-- Issue 14: the township's comprehensive-governance group (综合治理小组): its members from the departments that take
-- part (三1). A member who leaves is kept, marked with the day they left, so the group's past stays readable.
create table governance_member (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    name        varchar(50)  not null,
    department  varchar(16)  not null check (department in ('FAMILY_PLANNING', 'POLICE', 'CONSTRUCTION', 'MARKET',
                                                             'LABOUR', 'HEALTH', 'OTHER')),
    duty        varchar(50)  not null,
    phone       varchar(20),
    left_on     date,
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null
);
comment on table governance_member is '综合治理小组: a member of the township''s governance group; left_on set when they left';

--changeset gongguan:tenant-146-governance-plan
-- The group's implementation plan (实施方案), one per year it covers. Each save keeps the former text in
-- record_revision (subject governance_plan:<id>); the version counts the saves.
create table governance_plan (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    year        int          not null unique check (year between 2000 and 2100),
    text        text         not null check (length(btrim(text)) > 0),
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null
);

--changeset gongguan:tenant-147-governance-meeting
-- The group's meetings: the day, who attended and what was decided. The township's list shows the latest first.
create table governance_meeting (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    held_on     date         not null,
    attendees   varchar(500) not null,
    decisions   text         not null check (length(btrim(decisions)) > 0),
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null
);
create index governance_meeting_held_idx on governance_meeting (held_on desc, id desc);

--changeset gongguan:tenant-150-key-location
-- Issue 14: the township's key locations (重点场所) that the joint operations sweep. A location is retired, never
-- deleted, as operations refer to it by id. The kind is wider than the usual enum column: CONSTRUCTION_SITE has 17
-- letters. Its name is unique among the active ones (case and surrounding blanks
-- aside), which also serves the import's lookup of a row's location by name.
create table key_location (
    id              bigint generated always as identity primary key,
    version         bigint       not null default 0,
    kind            varchar(24)  not null check (kind in ('URBAN_FRINGE', 'URBAN_VILLAGE', 'CONSTRUCTION_SITE',
                                                          'FARMERS_MARKET', 'OTHER')),
    name            varchar(100) not null check (length(btrim(name)) > 0),
    address         varchar(200),
    org_unit_code   varchar(15)  not null references org_unit (code),
    department      varchar(16)  check (department in ('FAMILY_PLANNING', 'POLICE', 'CONSTRUCTION', 'MARKET',
                                                       'LABOUR', 'HEALTH', 'OTHER')),
    contact_person  varchar(50),
    contact_phone   varchar(20),
    note            varchar(500),
    active          boolean      not null default true,
    updated_by      varchar(64)  not null,
    updated_at      timestamptz  not null default now()
);
create unique index key_location_active_name_idx on key_location (lower(name)) where active;
comment on table key_location is 'Key locations (重点场所) of the township, swept in the joint operations';
comment on column key_location.active is 'False once retired: kept for the operations that refer to it';

--changeset gongguan:tenant-151-sweep-plan
-- Issue 14: the plan of the periodic rental-house sweeps of a tenant that keeps rental houses: every N months from
-- a starting month. One row at most. The sweeps due and overdue are derived from it and the sweeps recorded; the
-- overdue count is a figure per month. A plan set, changed or removed marks the current month only (no date column
-- for the owe trigger): a closed month keeps the overdue count it closed with, so moving or removing the plan cannot
-- erase past overdue sweeps.
create table sweep_plan (
    id            int          primary key default 1 check (id = 1),
    version       bigint       not null default 0,
    every_months  int          not null check (every_months between 1 and 12),
    starts_on     date         not null check (extract(day from starts_on) = 1),
    note          varchar(500),
    updated_by    varchar(64)  not null,
    updated_at    timestamptz  not null default now()
);
comment on table sweep_plan is 'The periodic sweep plan of the rental houses: every N months from a month';
select platform.owe_figures_on('sweep_plan');

--changeset gongguan:tenant-155-operation-findings
-- Issue 14: what a joint operation found at a location, kept in the township's schema: the county reads only the
-- counts the same transaction writes on platform.operation_location and platform.operation_task. A finding is the
-- township's own or a department liaison's taken in (liaison_finding_id, unique: taken in once). The unit is the key
-- location's, for the figures per unit.
create table operation_finding (
    id                  bigint generated always as identity primary key,
    task_id             bigint        not null,
    operation_id        bigint        not null,
    location_id         bigint        not null,
    key_location_id     bigint        not null,
    org_unit_code       varchar(15)   references org_unit (code),
    found_on            date          not null,
    source              varchar(16)   not null check (source in ('TOWNSHIP', 'LIAISON')),
    department          varchar(24),
    liaison_name        varchar(100),
    liaison_finding_id  bigint        unique,
    persons_checked     int           not null check (persons_checked >= 0),
    persons_registered  int           not null check (persons_registered >= 0),
    without_certificate int           not null check (without_certificate >= 0),
    referred            int           not null check (referred >= 0),
    houses_found        int           not null check (houses_found >= 0),
    note                varchar(1000),
    recorded_by         varchar(64)   not null,
    recorded_at         timestamptz   not null default now(),
    check ((source = 'LIAISON') = (liaison_finding_id is not null))
);
comment on column operation_finding.location_id is 'platform.operation_location.id';
comment on column operation_finding.key_location_id is 'key_location.id of this schema';
-- the findings of a location, for the task page
create index operation_finding_location_idx on operation_finding (location_id, found_on);
-- the figures count by the day found
create index operation_finding_found_on_idx on operation_finding (found_on);

-- The persons a finding names: linked to the registry (registered by it, or found there), with what was done. Only
-- whether a person was referred is kept with the person: the service (contraception, reproductive health) would be
-- sensitive in clear, so the kinds are kept as counts of the finding only (operation_finding_referral).
create table operation_finding_person (
    id                  bigint generated always as identity primary key,
    finding_id          bigint        not null references operation_finding (id),
    person_id           bigint        not null references person (id),
    newly_registered    boolean       not null,
    certificate_checked boolean       not null,
    follow_up           boolean       not null,
    referred            boolean       not null
);
create index operation_finding_person_finding_idx on operation_finding_person (finding_id);

-- How many persons of a finding were referred to each service (governance.FindingReferral), linked to no person.
create table operation_finding_referral (
    finding_id bigint       not null references operation_finding (id),
    kind       varchar(24)  not null,
    persons    int          not null check (persons > 0),
    primary key (finding_id, kind)
);

-- The rental houses a finding found let without being registered: entered in the housing register.
create table operation_finding_house (
    id         bigint generated always as identity primary key,
    finding_id bigint not null references operation_finding (id),
    house_id   bigint not null references rental_house (id)
);
create index operation_finding_house_finding_idx on operation_finding_house (finding_id);

-- A person of a liaison's finding the registry refused when taken in (the name differs from the record, another
-- village's person): kept here, in the township, for a person to register by hand; platform.liaison_finding.
-- taken_problem says only how many, as the county reads that row too.
create table operation_finding_problem (
    id           bigint generated always as identity primary key,
    finding_id   bigint        not null references operation_finding (id),
    id_number    varchar(18)   not null,
    name         varchar(50),
    phone        varchar(20),
    reason_key   varchar(100)  not null,
    settled_by   varchar(64),
    settled_at   timestamptz
);
create index operation_finding_problem_finding_idx on operation_finding_problem (finding_id);

--changeset gongguan:tenant-156-operation-findings-owe-figures splitStatements:false
-- Issue 14: the operation figures (OperationFigures) count findings by the day found.
select platform.owe_figures_on('operation_finding', 'found_on');

--changeset gongguan:tenant-180-counter-visit
-- Issue 16: the services given to a person at the township's one-stop counter (一站式服务), one row each, never
-- changed. What was done is a category in clear (none tells of a person's health); the note may, so it is kept only
-- sealed (platform.Sealer, context <tenant>/counter_visit:<id>/note). The county day (served_on) serves the day's
-- log, newest first; the person's own log is read by person.
create table counter_visit (
    id           bigint generated always as identity primary key,
    person_id    bigint       not null references person (id),
    service      varchar(24)  not null check (service in ('CERTIFICATE_ISSUED', 'CERTIFICATE_CHECKED',
                                                          'INFORMATION', 'PROOF', 'CONSULTATION', 'OTHER')),
    note_sealed  bytea,
    served_on    date         not null,
    served_at    timestamptz  not null,
    served_by    varchar(64)  not null
);
create index counter_visit_day_idx on counter_visit (served_on, served_at desc, id desc);
create index counter_visit_person_idx on counter_visit (person_id, served_at desc);
comment on table counter_visit is 'Services given to a person at the one-stop counter (一站式服务)';
comment on column counter_visit.note_sealed is 'An optional note, sealed (platform.Sealer) for context <tenant>/counter_visit:<id>/note';

--changeset gongguan:tenant-170-enterprises
-- Issue 16 (用工环节): the enterprises of a township or residents' committee that employ floating persons, with their
-- family-planning contact, their staff lists linked to the registry and the tasks the unit gives their contact.
create table enterprise (
    id              bigint generated always as identity primary key,
    version         bigint        not null default 0,
    name            varchar(100)  not null,
    industry        varchar(50)   not null,
    address         varchar(200)  not null,
    org_unit_code   varchar(15),
    credit_code     varchar(18),
    contact_name    varchar(50)   not null,
    contact_phone   varchar(20)   not null,
    association     varchar(16)   not null check (association in ('OWN', 'MEMBER_UNIT')),
    headcount       int           not null check (headcount >= 0),
    note            varchar(500),
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    updated_by      varchar(64)   not null,
    updated_at      timestamptz   not null default now()
);
comment on table enterprise is 'Enterprises employing floating persons (用工单位) and their family-planning contact';
comment on column enterprise.credit_code is 'Unified social credit code (GB 32100), checked; optional';
comment on column enterprise.association is 'OWN: its own family-planning association; MEMBER_UNIT: a member unit of the unit''s';
-- a credit code names one enterprise
create unique index enterprise_credit_code_idx on enterprise (credit_code);
-- the register is listed by name (a unit keeps tens of enterprises: its contains-search scans them)
create index enterprise_name_idx on enterprise (name);

-- One employment of a registry person on an enterprise's payroll: hired on a day, left on a day (or still there).
-- The same person hired the same day is the same employment, so a staff list imported twice adds nothing.
create table enterprise_staff (
    id              bigint generated always as identity primary key,
    version         bigint        not null default 0,
    enterprise_id   bigint        not null references enterprise (id),
    person_id       bigint        not null references person (id),
    job             varchar(50),
    hired_on        date          not null,
    left_on         date,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    updated_by      varchar(64)   not null,
    updated_at      timestamptz   not null default now(),
    unique (enterprise_id, person_id, hired_on),
    check (left_on is null or left_on >= hired_on)
);
comment on table enterprise_staff is 'Staff lists of the enterprises: employments of registry persons';
-- the figures count the payrolls of a month; the person page's question "where does she work"
create index enterprise_staff_person_idx on enterprise_staff (person_id);

-- A task the township (committee) gives an enterprise's family-planning contact, due on a day, done on a day.
create table enterprise_task (
    id              bigint generated always as identity primary key,
    version         bigint        not null default 0,
    enterprise_id   bigint        not null references enterprise (id),
    kind            varchar(16)   not null check (kind in ('CERTIFICATES', 'OTHER')),
    title           varchar(200)  not null,
    due_on          date          not null,
    done_on         date,
    done_note       varchar(500),
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    updated_by      varchar(64)   not null,
    updated_at      timestamptz   not null default now()
);
comment on table enterprise_task is 'Tasks for an enterprise''s family-planning contact (e.g. collect certificates)';
create index enterprise_task_enterprise_idx on enterprise_task (enterprise_id, due_on);
-- the figures count the tasks due in a month
create index enterprise_task_due_idx on enterprise_task (due_on);

-- The staff a task is about (e.g. whose certificates to collect).
create table enterprise_task_staff (
    task_id   bigint not null references enterprise_task (id),
    staff_id  bigint not null references enterprise_staff (id),
    primary key (task_id, staff_id)
);
create index enterprise_task_staff_staff_idx on enterprise_task_staff (staff_id);

--changeset gongguan:tenant-171-enterprise-figures-owed splitStatements:false
-- Issue 16: the enterprise figures (enterprise.EnterpriseFigures) count payrolls by hire and leaving day and tasks by
-- due and done day (an enterprise moved to another village owes the current month); the persons' visits and
-- certificate checks owe through their own tables' triggers.
select platform.owe_figures_on('enterprise');
select platform.owe_figures_on('enterprise_staff', 'hired_on', 'left_on');
select platform.owe_figures_on('enterprise_task', 'due_on', 'done_on');

--changeset gongguan:tenant-165-police-reports
-- Issue 16, item 3: the police stations covering the township and their monthly reports (派出所每月通报). A station owes
-- one report per month from the month it was registered until it stops reporting (as a rental house owes its
-- landlord's report); a report holds rows of residence permits issued and moves in and out, each matched with the
-- registry. A row is one per report, kind and ID number: the same file imported twice adds nothing.
create table police_station (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    name          varchar(50)  not null,
    code          varchar(30),
    phone         varchar(20),
    contact       varchar(50),
    registered_on date         not null,
    stopped_on    date,
    updated_by    varchar(64)  not null,
    updated_at    timestamptz  not null default now()
);
create unique index police_station_name_idx on police_station (name);
comment on table police_station is 'Police stations covering the township, each owing a monthly report (派出所)';

create table police_report (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    station_id  bigint       not null references police_station (id),
    month       date         not null check (extract(day from month) = 1),
    received_on date         not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    unique (station_id, month)
);
comment on table police_report is 'A police station''s report for a month: received on the day its first row came';

create table police_report_row (
    id                 bigint generated always as identity primary key,
    report_id          bigint       not null references police_report (id),
    kind               varchar(16)  not null check (kind in ('PERMIT_ISSUED', 'MOVED_IN', 'MOVED_OUT')),
    id_number          char(18)     not null,
    name               varchar(50)  not null,
    day                date         not null,
    place              varchar(200),
    note               varchar(200),
    outcome            varchar(16)  not null check (outcome in ('REGISTERED', 'ADDRESS_UPDATED', 'RETURNED',
                                                                'DEPARTED', 'TRIP_UPDATED', 'NOTED')),
    person_id          bigint       references person (id),
    recorded_by        varchar(64)  not null,
    recorded_at        timestamptz  not null default now(),
    unique (report_id, kind, id_number)
);
create index police_report_row_person_idx on police_report_row (person_id);
comment on table police_report_row is 'A row of a police report and what it did to the registry';

--changeset gongguan:tenant-166-police-reports-owe-figures splitStatements:false
-- Issue 16: the police report figures (PoliceFigures) count stations by the months they owe and reports and rows by
-- their month.
select platform.owe_figures_on('police_station', 'registered_on', 'stopped_on');
select platform.owe_figures_on('police_report', 'month');
select platform.owe_figures_on('police_report_row', 'day');

--changeset gongguan:tenant-167-outflow-trip-police-source
-- Issue 16: a trip may be first recorded from a police station's monthly report (a move out of the township).
alter table outflow_trip drop constraint outflow_trip_source_check;
alter table outflow_trip add constraint outflow_trip_source_check
    check (source in ('TOWNSHIP', 'OFFICER', 'RECHECK', 'IMPORT', 'POLICE'));
