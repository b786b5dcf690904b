--liquibase formatted sql

--changeset gongguan:platform-001-tenant
create table platform.tenant (
    code           varchar(12)  primary key,
    name           varchar(100) not null,
    parent_code    varchar(12)  references platform.tenant (code),
    kind           varchar(16)  not null check (kind in ('COUNTY', 'TOWNSHIP', 'COMMITTEE')),
    path           varchar(64)  not null,
    source_file    varchar(255) not null,
    status         varchar(16)  not null check (status in ('PENDING', 'READY', 'FAILED')),
    status_message text,
    fingerprint    varchar(64),
    migrated_at    timestamptz,
    updated_at     timestamptz  not null default now()
);
create index tenant_path_idx on platform.tenant (path varchar_pattern_ops);
comment on column platform.tenant.path is 'Codes from the root down, e.g. /621227/621227100/, for subtree queries';
comment on column platform.tenant.fingerprint is 'Hash of the tenant change log and declaration last applied; equal means up to date';

--changeset gongguan:platform-002-user
create table platform.app_user (
    id            bigserial    primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    tenant_code   varchar(12)  not null references platform.tenant (code),
    role          varchar(32)  not null,
    org_unit_code varchar(12),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    created_by    varchar(64)  not null,
    check ((role = 'VILLAGE_OFFICER') = (org_unit_code is not null))
);
create index app_user_tenant_idx on platform.app_user (tenant_code);
comment on column platform.app_user.role is 'Exactly one role per account, so one person holds at most one of the three administrator roles';

--changeset gongguan:platform-003-audit
create table platform.audit_event (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    tenant_code varchar(12),
    actor       varchar(64)  not null,
    action      varchar(32)  not null,
    subject     varchar(128),
    detail      text,
    remote_addr varchar(64)
);
create index audit_event_tenant_at_idx on platform.audit_event (tenant_code, at desc);
create index audit_event_subject_action_at_idx on platform.audit_event (subject, action, at desc);
create function platform.audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end $$;
create trigger audit_event_append_only before update or delete or truncate on platform.audit_event
    for each statement execute function platform.audit_event_is_append_only();

--changeset gongguan:platform-004-rollup
create table platform.rollup (
    tenant_code varchar(12)  not null references platform.tenant (code),
    indicator   varchar(64)  not null,
    period      varchar(16)  not null,
    value       bigint       not null,
    updated_at  timestamptz  not null default now(),
    primary key (tenant_code, indicator, period)
);
comment on table platform.rollup is 'Aggregates each tenant writes in its own transactions; parents read these, never tenant schemas';

--changeset gongguan:platform-005-tenant-grants
-- Tenant sessions run as their own role (member of gongguan_tenant). They may write their own rollup rows and audit
-- events and nothing else in platform; row-level security pins each row to the role's own tenant code.
grant usage on schema platform to gongguan_tenant;
grant select, insert, update on platform.rollup to gongguan_tenant;
grant insert on platform.audit_event to gongguan_tenant;
grant usage on sequence platform.audit_event_id_seq to gongguan_tenant;
alter table platform.rollup enable row level security;
create policy rollup_own_tenant on platform.rollup to gongguan_tenant
    using (tenant_code = substring(current_user from 3))
    with check (tenant_code = substring(current_user from 3));
alter table platform.audit_event enable row level security;
create policy audit_event_own_tenant on platform.audit_event for insert to gongguan_tenant
    with check (tenant_code = substring(current_user from 3));

--changeset gongguan:platform-006-calendar
-- The official working-day calendar: days that differ from the Monday-to-Friday rule. A year is published once its
-- State Council notice is entered; until then deadlines falling in it are provisional.
create table platform.calendar_year (
    year       int          primary key,
    source     varchar(100) not null,
    entered_by varchar(64)  not null,
    entered_at timestamptz  not null default now()
);
create table platform.calendar_day (
    day     date        primary key,
    kind    varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name_zh varchar(50) not null,
    name_en varchar(50) not null
);

--changeset gongguan:platform-007-exchange
-- The exchange between tenants (DESIGN.md): feedback and, later, verification requests and notices. A message is
-- visible to its sender and its addressee only; the addressee may answer it. The addressee is a division code: a
-- tenant of this system receives it in its inbox, any other place through the national exchange platform.
create table platform.exchange_message (
    id              bigint generated always as identity primary key,
    kind            varchar(16)  not null check (kind in ('FEEDBACK')),
    sender_code     varchar(12)  not null references platform.tenant (code),
    addressee_code  varchar(12)  not null,
    person_name     varchar(50)  not null,
    id_number       char(18)     not null,
    body            text         not null,
    sent_by         varchar(64)  not null,
    sent_at         timestamptz  not null default now(),
    due_on          date         not null,
    due_provisional boolean      not null,
    answered_at     timestamptz,
    answered_by     varchar(64),
    answer          text
);
create index exchange_message_addressee_idx on platform.exchange_message (addressee_code, answered_at, due_on);
create index exchange_message_sender_idx on platform.exchange_message (sender_code, id_number);
grant select, insert on platform.exchange_message to gongguan_tenant;
grant usage on sequence platform.exchange_message_id_seq to gongguan_tenant;
grant update (answered_at, answered_by, answer) on platform.exchange_message to gongguan_tenant;
alter table platform.exchange_message enable row level security;
create policy exchange_message_read on platform.exchange_message for select to gongguan_tenant
    using (substring(current_user from 3) in (sender_code, addressee_code));
create policy exchange_message_send on platform.exchange_message for insert to gongguan_tenant
    with check (sender_code = substring(current_user from 3));
create policy exchange_message_answer on platform.exchange_message for update to gongguan_tenant
    using (addressee_code = substring(current_user from 3))
    with check (addressee_code = substring(current_user from 3));

--changeset gongguan:platform-008-account-state
-- Two people make an account (MLPS level 3): the system administrator creates it (PENDING, no password, cannot log
-- in), the security administrator grants its role (ACTIVE, with a one-time password the user must change). A disabled
-- account comes back only through the same two steps. session_epoch grows with every change that must end the
-- account's open sessions (disable, role, password or second-factor reset): a session carries the epoch it began with.
alter table platform.app_user add column status varchar(16) not null default 'PENDING'
    check (status in ('PENDING', 'ACTIVE', 'DISABLED'));
update platform.app_user set status = case when enabled then 'ACTIVE' else 'DISABLED' end;
alter table platform.app_user drop column enabled;
alter table platform.app_user alter column password_hash drop not null;
alter table platform.app_user add column activated_by varchar(64);
alter table platform.app_user add column activated_at timestamptz;
alter table platform.app_user add column password_changed_at timestamptz not null default now();
alter table platform.app_user add column must_change_password boolean not null default false;
alter table platform.app_user add column session_epoch int not null default 0;
alter table platform.app_user add column totp_secret bytea;
alter table platform.app_user add column totp_enrolled_at timestamptz;
alter table platform.app_user add column totp_last_step bigint;
alter table platform.app_user add check (status <> 'ACTIVE' or password_hash is not null);
comment on column platform.app_user.totp_secret is 'The second factor''s RFC 6238 secret, sealed (AES-GCM) for this account';
comment on column platform.app_user.totp_last_step is 'The last time step a code was accepted for: a code is never accepted twice';

--changeset gongguan:platform-009-password-history
-- The last passwords of each account (hashes), so that a change cannot go back to one of them.
create table platform.password_history (
    user_id       bigint       not null references platform.app_user (id),
    password_hash varchar(255) not null,
    set_at        timestamptz  not null default now()
);
create index password_history_user_idx on platform.password_history (user_id, set_at desc);

--changeset gongguan:platform-010-second-factor
-- Ten one-time recovery codes per enrolment, kept as keyed hashes; a used one stays, marked, until the next enrolment.
create table platform.recovery_code (
    user_id   bigint      not null references platform.app_user (id),
    code_hash varchar(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
-- A unit's security settings, kept by its security administrator. Administrators and county accounts always need
-- the second factor; a unit may require it of all its accounts.
create table platform.unit_security (
    tenant_code            varchar(12) primary key references platform.tenant (code),
    second_factor_required boolean     not null,
    updated_by             varchar(64) not null,
    updated_at             timestamptz not null default now()
);

--changeset gongguan:platform-011-audit-notices
-- Account changes stay on the audit administrator's home page until acknowledged (the trail itself is append-only).
create table platform.audit_acknowledgement (
    event_id        bigint      primary key references platform.audit_event (id),
    acknowledged_by varchar(64) not null,
    acknowledged_at timestamptz not null default now()
);
create index audit_event_tenant_action_idx on platform.audit_event (tenant_code, action, id desc);

--changeset gongguan:platform-012-calendar-change
-- A change to a year already published waits for the county's security administrator (MLPS level 3: deadlines are
-- counted on this calendar, so no single administrator rewrites a year in force). The days requested are kept as
-- notice lines, one day per line, as CalendarDay.parseNotice reads them; approving replaces the year's days with them.
create table platform.calendar_change (
    id           bigint generated always as identity primary key,
    year         int          not null references platform.calendar_year (year),
    source       varchar(100) not null,
    days         text         not null,
    requested_by varchar(64)  not null,
    requested_at timestamptz  not null default now(),
    decided_by   varchar(64),
    decided_at   timestamptz,
    decision     varchar(16)  check (decision in ('APPROVED', 'REJECTED')),
    check ((decision is null) = (decided_by is null) and (decision is null) = (decided_at is null)),
    check (decided_by <> requested_by)
);
-- At most one open request per year: a second one is refused until the first is decided, so what the security
-- administrator approves is exactly what they were shown. Also serves the list of open requests.
create unique index calendar_change_open_year_idx on platform.calendar_change (year) where decision is null;

--changeset gongguan:platform-013-account-request
-- Who last made an account pending (created it, asked to enable it again or to give it another role): the security
-- administrator who grants it must be someone else, so no role is ever given by one person alone.
alter table platform.app_user add column requested_by varchar(64);
update platform.app_user set requested_by = created_by;

--changeset gongguan:platform-014-credential-resets
-- Who set the one-time password now in force, and who removed the second factor, until the user replaces them: one
-- security administrator never holds both (whoever knows a one-time password and removed the second factor could log
-- in as the user), however long ago either reset was.
alter table platform.app_user add column password_reset_by varchar(64);
alter table platform.app_user add column second_factor_reset_by varchar(64);

--changeset gongguan:platform-040-account-version
-- The one stale-edit path: an administrator's act on an account (grant, disable, ask for a role) is refused when
-- another administrator changed the account after the screen showed it, naming who and when, instead of acting on
-- what the screen no longer shows.
alter table platform.app_user add column version bigint not null default 0;
alter table platform.app_user add column changed_by varchar(64);
alter table platform.app_user add column changed_at timestamptz;
comment on column platform.app_user.version is 'Raised by every change an administrator makes; an act on an older version is refused';

--changeset gongguan:platform-025-exchange-message-outcome
-- The body of a message was free text that could tell of a pregnancy or a contraceptive method in clear. Now the
-- outcome is chosen from a list and kept in clear; anything more goes into a note kept only sealed (encrypted, bound
-- to the message, its sender and its addressee), which the sender's and the addressee's roles that open sealed
-- information read with a reason, audited. The bodies already stored are sealed into the note by the application at
-- start-up (it holds the key): see exchange.LegacyMessageBodies. The tenants' grants cover the new columns for insert
-- (a table grant) and not for update (a column grant to the answer only): a note, once sent, is never rewritten.
alter table platform.exchange_message add column outcome varchar(24) check (outcome in ('VERIFIED',
    'MEASURES_IN_PLACE', 'NO_CERTIFICATE', 'NOT_FOUND', 'LEFT', 'OTHER'));
alter table platform.exchange_message add column note_sealed bytea;
alter table platform.exchange_message alter column body drop not null;
comment on column platform.exchange_message.outcome is 'What the message reports, chosen from a list; in clear';
comment on column platform.exchange_message.note_sealed is
    'An optional note, sealed (platform.Sealer) for context <sender>/exchange_message:<id>/to:<addressee>/note';

--changeset gongguan:platform-026-exchange-message-body-dropped
--preconditions onFail:CONTINUE onError:HALT
--precondition-sql-check expectedResult:0 select count(*) from platform.exchange_message where body is not null
-- The clear body goes once every body is sealed into the note (LegacyMessageBodies, at the start-up that ran
-- platform-025). Until then this changeset is skipped and tried again at the next start.
alter table platform.exchange_message drop column body;

--changeset gongguan:platform-015-runtime-role
-- The application's runtime role (gongguan_runtime, granted to the login the pool connects as) gets only what the
-- platform services use; the owner that runs this change log keeps the tables. Tables the owner adds later get the
-- same rights by default: a table that needs less revokes it in its own changeset.
grant usage on schema platform to gongguan_runtime;
grant select, insert, update, delete on all tables in schema platform to gongguan_runtime;
grant usage, select on all sequences in schema platform to gongguan_runtime;
alter default privileges in schema platform grant select, insert, update, delete on tables to gongguan_runtime;
alter default privileges in schema platform grant usage, select on sequences to gongguan_runtime;
-- Liquibase's own tables are the owner's business.
revoke all on platform.databasechangelog, platform.databasechangeloglock from gongguan_runtime;
-- The audit trail is appended to and read, never changed (the trigger refuses it too, even to the owner).
revoke update, delete on platform.audit_event from gongguan_runtime;
create policy audit_event_runtime_read on platform.audit_event for select to gongguan_runtime using (true);
create policy audit_event_runtime_append on platform.audit_event for insert to gongguan_runtime with check (true);
-- Rollups: the county and township dashboards read them; figures of the platform itself are written as the runtime.
create policy rollup_runtime on platform.rollup to gongguan_runtime using (true) with check (true);
-- The exchange belongs to the tenants: the runtime role reaches it only as a tenant's role, under its row policies.
revoke all on platform.exchange_message from gongguan_runtime;

--changeset gongguan:platform-016-runtime-switches-to-tenants splitStatements:false
-- The runtime role may switch to every tenant role (SET LOCAL ROLE in each tenant transaction) but, being NOINHERIT,
-- holds none of their rights itself. New tenants are granted when they are created (TenantSchemaMigrator).
do $$ declare tenant record; begin
    for tenant in select r.rolname from pg_roles r
                  join pg_auth_members m on m.member = r.oid and m.roleid = 'gongguan_tenant'::regrole
                  where r.rolname like 't\_%' loop
        execute format('grant %I to gongguan_runtime', tenant.rolname);
    end loop;
end $$;

--changeset gongguan:platform-017-exchange-answer-once
-- An addressee answers a message once: a row already answered is out of reach of the answer policy, and an answer
-- must be complete. A sender sends a question, never an answer of its own making.
alter policy exchange_message_send on platform.exchange_message
    with check (sender_code = substring(current_user from 3)
                and answered_at is null and answered_by is null and answer is null);
alter policy exchange_message_answer on platform.exchange_message
    using (addressee_code = substring(current_user from 3) and answered_at is null)
    with check (addressee_code = substring(current_user from 3)
                and answered_at is not null and answered_by is not null and answer is not null);

--changeset gongguan:platform-020-audit-chain splitStatements:false
-- Tamper evidence for the audit trail: each tenant's events form a hash chain (events without a tenant, failed logins
-- under unknown user names, form the platform's own chain, named ''). Each event carries its position in its chain,
-- the hash of the event before it and its own hash: sha256 over a canonical encoding of its fields and that previous
-- hash. A deleted, altered or inserted event breaks the chain at the next link, which AuditChains.verify reports.
-- The database computes the links, so every writer is covered (the runtime role and the tenant roles alike).
alter table platform.audit_event add column chain_position bigint;
alter table platform.audit_event add column previous_hash bytea;
alter table platform.audit_event add column hash bytea;
comment on column platform.audit_event.chain_position is 'Position in its tenant''s chain (1, 2, ...), in commit order';
comment on column platform.audit_event.hash is 'sha256 of the canonical encoding of the event and previous_hash (platform.audit_event_digest)';

-- The head of each chain: its last position and hash, as of the last commit that added to it. An insert locks its
-- chain's head row until its transaction ends, so one tenant's events are chained one transaction at a time, in
-- commit order; other tenants are not held up.
create table platform.audit_chain (
    chain     varchar(12) primary key,
    position  bigint      not null,
    last_hash bytea       not null
);
comment on table platform.audit_chain is 'Head of each audit chain: a tenant code, or '''' for events without a tenant';

-- The canonical encoding: numbers in decimal, the time in microseconds since 1970 (UTC), each text field as its
-- length, a colon and the text (NULL as a lone hyphen), joined by '|', then the previous hash (none for the first).
-- A standard SQL body is bound when the function is created (no search_path to set), and the planner inlines it.
create function platform.audit_event_digest(previous bytea, chain_position bigint, id bigint, at timestamptz,
        tenant_code text, actor text, action text, subject text, detail text, remote_addr text)
    returns bytea language sql stable parallel safe
    return sha256(convert_to(concat_ws('|', chain_position, id, (extract(epoch from at) * 1000000)::bigint,
            coalesce(length(tenant_code) || ':' || tenant_code, '-'),
            coalesce(length(actor) || ':' || actor, '-'),
            coalesce(length(action) || ':' || action, '-'),
            coalesce(length(subject) || ':' || subject, '-'),
            coalesce(length(detail) || ':' || detail, '-'),
            coalesce(length(remote_addr) || ':' || remote_addr, '-')), 'UTF8') || coalesce(previous, ''::bytea));

-- Links each new event to the last one of its chain. Runs as the schema owner (SECURITY DEFINER): writers with only
-- INSERT on audit_event still lock the chain head, which no one else may touch. Whatever the writer puts in the chain
-- columns is overwritten. The last event is found through the chain index, and the head row is only locked here (a
-- lock writes no new row version): updating it for every event would leave a transaction that writes thousands of
-- events (an import) walking ever more versions of that one row.
create function platform.audit_event_link() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform as $$
declare
    chain_name varchar(12) := coalesce(new.tenant_code, '');
    found_position bigint;
    found_hash bytea;
begin
    insert into platform.audit_chain (chain, position, last_hash) values (chain_name, 0, ''::bytea)
        on conflict (chain) do nothing;
    perform 1 from platform.audit_chain where chain = chain_name for update;
    -- a statement after the lock sees what the transaction that held it committed
    select e.chain_position, e.hash into found_position, found_hash from platform.audit_event e
        where coalesce(e.tenant_code, '') = chain_name order by e.chain_position desc limit 1;
    new.chain_position := coalesce(found_position, 0) + 1;
    new.previous_hash := found_hash;
    new.hash := platform.audit_event_digest(new.previous_hash, new.chain_position, new.id, new.at, new.tenant_code,
            new.actor, new.action, new.subject, new.detail, new.remote_addr);
    return new;
end $$;
revoke all on function platform.audit_event_link() from public;

-- Moves the chain's head to its last event when the transaction commits: the first event's call moves it, the others
-- find it there already, so the head row gets one new version per transaction. Verification compares the last event
-- with the head, which shows events removed from the end of a chain.
create function platform.audit_chain_advance() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform as $$
declare
    chain_name varchar(12) := coalesce(new.tenant_code, '');
    found_position bigint;
    found_hash bytea;
begin
    select e.chain_position, e.hash into found_position, found_hash from platform.audit_event e
        where coalesce(e.tenant_code, '') = chain_name order by e.chain_position desc limit 1;
    update platform.audit_chain c set position = found_position, last_hash = found_hash
        where c.chain = chain_name and c.position < found_position;
    return null;
end $$;
revoke all on function platform.audit_chain_advance() from public;

-- The events already written are chained in the order they were written (their ids).
alter table platform.audit_event disable trigger audit_event_append_only;
do $$
declare
    event record;
    chain_name varchar(12);
    next_position bigint := 0;
    previous bytea;
begin
    for event in select * from platform.audit_event order by coalesce(tenant_code, ''), id loop
        if chain_name is distinct from coalesce(event.tenant_code, '') then
            chain_name := coalesce(event.tenant_code, '');
            next_position := 0;
            previous := null;
        end if;
        next_position := next_position + 1;
        update platform.audit_event set chain_position = next_position, previous_hash = previous,
                hash = platform.audit_event_digest(previous, next_position, event.id, event.at, event.tenant_code,
                        event.actor, event.action, event.subject, event.detail, event.remote_addr)
            where id = event.id
            returning hash into previous;
    end loop;
end $$;
alter table platform.audit_event enable trigger audit_event_append_only;
insert into platform.audit_chain (chain, position, last_hash)
    select distinct on (coalesce(tenant_code, '')) coalesce(tenant_code, ''), chain_position, hash
    from platform.audit_event order by coalesce(tenant_code, ''), chain_position desc;
alter table platform.audit_event alter column chain_position set not null;
alter table platform.audit_event alter column hash set not null;
-- One event per position of a chain; finds a chain's last event, and serves the verification, which walks a chain in
-- position order.
create unique index audit_event_chain_idx on platform.audit_event (coalesce(tenant_code, ''), chain_position);
create trigger audit_event_link before insert on platform.audit_event
    for each row execute function platform.audit_event_link();
create constraint trigger audit_chain_advance after insert on platform.audit_event
    deferrable initially deferred
    for each row execute function platform.audit_chain_advance();

--changeset gongguan:platform-021-crypto-keys
-- The sealing keys the installation has used (SealingKeys): a check value per key, so the application refuses to
-- start with another GONGGUAN_CRYPTO_KEY than the one its data is sealed with, and the key version sealed values name.
-- The keyed-hash key is made once and kept sealed under each version. A version is retired once the re-seal has moved
-- every sealed value off it; until then its key must stay configured as GONGGUAN_CRYPTO_PREVIOUS_KEY.
create table platform.crypto_key (
    version     int         primary key check (version between 1 and 255),
    check_value varchar(64) not null unique,
    hash_key    bytea       not null,
    recorded_at timestamptz not null default now(),
    retired_at  timestamptz
);
-- How far the re-seal to a key version has come, per kind of sealed value and tenant ('' for platform tables): the
-- key of the last row done, so a re-seal interrupted by a restart resumes where it stopped.
create table platform.reseal_progress (
    key_version int          not null,
    kind        varchar(64)  not null,
    scope       varchar(12)  not null,
    last_key    bigint       not null default 0,
    resealed    bigint       not null default 0,
    done_at     timestamptz,
    problem     text,
    updated_at  timestamptz  not null default now(),
    primary key (key_version, kind, scope)
);

--changeset gongguan:platform-027-runtime-rights-on-chains-keys-and-notes
-- The heads of the audit chains move only through the audit trigger (security definer, the owner's): the runtime
-- role, which got every new platform table by default, only reads them (to verify a chain against its head). The re-seal after a key rotation moves
-- the exchange's sealed notes to the current key: for that alone the runtime role reads the columns a note is bound
-- to (no name, no ID number) and rewrites the note, on the rows that have one.
revoke insert, update, delete, truncate on platform.audit_chain from gongguan_runtime;
-- The keys on record are recorded by the owner at start-up; the runtime role only reads them and marks a retired one
-- (deleting them would let a wrong key pass the start-up check as a first key).
revoke insert, delete, truncate on platform.crypto_key from gongguan_runtime;
revoke update on platform.crypto_key from gongguan_runtime;
grant update (retired_at) on platform.crypto_key to gongguan_runtime;
grant select (id, sender_code, addressee_code, note_sealed), update (note_sealed)
    on platform.exchange_message to gongguan_runtime;
create policy exchange_message_reseal_read on platform.exchange_message for select to gongguan_runtime
    using (note_sealed is not null);
create policy exchange_message_reseal_write on platform.exchange_message for update to gongguan_runtime
    using (note_sealed is not null) with check (note_sealed is not null);

--changeset gongguan:platform-028-group-officer
-- The level-2 information officer (GROUP_OFFICER) is scoped to a village group, whose code has 15 digits (the
-- village's 12 and a group number); the level-1 officer (VILLAGE_OFFICER) to a village or community (12 digits).
-- Every other role works on the whole unit and has none. A requested role is kept in the same columns.
alter table platform.app_user alter column org_unit_code type varchar(15);
alter table platform.app_user drop constraint app_user_check;
alter table platform.app_user add constraint app_user_org_unit_check check (case role
    when 'VILLAGE_OFFICER' then coalesce(org_unit_code ~ '^[0-9]{12}$', false)
    when 'GROUP_OFFICER' then coalesce(org_unit_code ~ '^[0-9]{15}$', false)
    else org_unit_code is null end);

--changeset gongguan:platform-050-exchange-kinds-and-threads splitStatements:false
-- The exchange, complete (issue 12). Three kinds: feedback (反馈), verification requests (协查: a question about a
-- person with an urgency, answered with a structured result) and notices (通报: one row per addressee, read receipts,
-- no answer, no person). A thread is a root message and the rows whose thread_id names it: a follow-up question of the
-- root's sender, or the other rows of one notice. Origins: USER (a person sent it), MATCH (the person index found an
-- outflow and an inflow of the same person: a feedback task), NATIONAL (came in through the national platform's files;
-- its sender is a division, not a tenant, and national_number is the platform's own number). A message to or from a
-- place outside this system has an outbox state until the platform acknowledges it. Answers are sealed like notes.
alter table platform.exchange_message drop constraint if exists exchange_message_kind_check;
alter table platform.exchange_message add constraint exchange_message_kind_check
    check (kind in ('FEEDBACK', 'VERIFICATION', 'NOTICE'));
alter table platform.exchange_message drop constraint if exists exchange_message_sender_code_fkey;
alter table platform.exchange_message alter column person_name drop not null;
alter table platform.exchange_message alter column id_number drop not null;
alter table platform.exchange_message alter column due_on drop not null;
alter table platform.exchange_message alter column due_provisional drop not null;
alter table platform.exchange_message
    add column thread_id       bigint references platform.exchange_message (id),
    add column origin          varchar(16)  not null default 'USER' check (origin in ('USER', 'MATCH', 'NATIONAL')),
    add column urgency         varchar(16)  check (urgency in ('URGENT', 'PRIORITY', 'NORMAL')),
    add column topic           varchar(24),
    add column title           varchar(100),
    add column notice_text     text,
    add column escalate_on     date,
    add column result          varchar(24),
    add column answer_sealed   bytea,
    add column read_at         timestamptz,
    add column read_by         varchar(64),
    add column closed_at       timestamptz,
    add column closed_by       varchar(64),
    add column national_number varchar(40),
    add column outbox_state    varchar(16) check (outbox_state in ('WAITING', 'EXPORTED', 'ACKNOWLEDGED')),
    add column outbox_batch    int;
-- Messages from before: reach the county 3 working days after their due day, on the official calendar.
update platform.exchange_message m set escalate_on = (
    select d::date from generate_series(m.due_on + 1, m.due_on + 60, interval '1 day') d
    left join platform.calendar_day c on c.day = d::date
    where coalesce(c.kind = 'WORKDAY', extract(isodow from d) < 6)
    order by d offset 2 limit 1)
where escalate_on is null;
alter table platform.exchange_message add constraint exchange_message_shape check (case kind
    when 'NOTICE' then title is not null and notice_text is not null and person_name is null and id_number is null
                       and due_on is null
    else person_name is not null and id_number is not null and due_on is not null and due_provisional is not null
         and escalate_on is not null end);
alter table platform.exchange_message add constraint exchange_message_urgency
    check ((kind = 'VERIFICATION') = (urgency is not null));
comment on column platform.exchange_message.escalate_on is
    'The day an unanswered message reaches the county: 3 working days after its due day';
comment on column platform.exchange_message.answer_sealed is
    'The answer''s text, sealed for context <sender>/exchange_message:<id>/to:<addressee>/answer';
comment on column platform.exchange_message.answer is 'Answers given before they were sealed (issue 12); read only';
create unique index exchange_message_national_idx on platform.exchange_message (addressee_code, national_number)
    where origin = 'NATIONAL';
create index exchange_message_thread_idx on platform.exchange_message (thread_id) where thread_id is not null;
create index exchange_message_inbox_idx on platform.exchange_message (addressee_code, kind, due_on, id)
    where answered_at is null and closed_at is null;
create index exchange_message_escalation_idx on platform.exchange_message (escalate_on)
    where answered_at is null and closed_at is null and kind <> 'NOTICE';
create index exchange_message_outbox_idx on platform.exchange_message (outbox_state) where outbox_state is not null;
create index exchange_message_addressee_person_idx on platform.exchange_message (addressee_code, id_number);

-- Whether a code names a tenant of this system (else a place reached through the national platform's files).
create function platform.is_tenant(code varchar) returns boolean language sql stable security definer
    set search_path = platform, pg_temp as $$ select exists (select 1 from platform.tenant t where t.code = $1) $$;

-- Rows: the sender writes its question (or, from the national platform's files, a request addressed to it); a
-- follow-up belongs to a thread the same tenant opened and has not closed. What may change afterwards, and by whom,
-- the trigger below decides: the row policies only say who touches a row at all.
drop policy exchange_message_send on platform.exchange_message;
drop policy exchange_message_answer on platform.exchange_message;
create policy exchange_message_send on platform.exchange_message for insert to gongguan_tenant
    with check (answered_at is null and answered_by is null and answer is null and answer_sealed is null
                and result is null and read_at is null and closed_at is null and origin <> 'MATCH'
                and case origin
                    when 'USER' then sender_code = substring(current_user from 3)
                    else addressee_code = substring(current_user from 3) and not platform.is_tenant(sender_code) end
                and (thread_id is null or exists (select 1 from platform.exchange_message r where r.id = thread_id
                     and r.sender_code = substring(current_user from 3) and r.closed_at is null)));
create policy exchange_message_change on platform.exchange_message for update to gongguan_tenant
    using (substring(current_user from 3) in (sender_code, addressee_code))
    with check (substring(current_user from 3) in (sender_code, addressee_code));
grant update (result, answer_sealed, read_at, read_by, closed_at, closed_by, outbox_state, outbox_batch)
    on platform.exchange_message to gongguan_tenant;
grant select (answer_sealed) on platform.exchange_message to gongguan_runtime;
grant update (answer_sealed) on platform.exchange_message to gongguan_runtime;
drop policy exchange_message_reseal_read on platform.exchange_message;
drop policy exchange_message_reseal_write on platform.exchange_message;
create policy exchange_message_reseal_read on platform.exchange_message for select to gongguan_runtime
    using (note_sealed is not null or answer_sealed is not null);
create policy exchange_message_reseal_write on platform.exchange_message for update to gongguan_runtime
    using (note_sealed is not null or answer_sealed is not null)
    with check (note_sealed is not null or answer_sealed is not null);

-- What a tenant may change on a row, whichever statement it writes:
--   the addressee answers once (not a notice, not a closed thread), marks a notice read once, and exports its
--   answer to a place outside this system; the sender closes its thread once, exports its question to a place outside
--   this system and records that place's reply (imported from the national platform's files) once.
-- Anything else is refused; the runtime role (re-seal) only moves sealed values to a new key; the owner migrates.
create function platform.exchange_message_guard() returns trigger language plpgsql
    set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_user from 3);
    allowed text[] := '{}';
    root_closed boolean;
begin
    if pg_has_role(current_user, (select c.relowner from pg_class c where c.oid = tg_relid), 'USAGE') then
        return new; -- the owner: migrations of the data
    end if;
    if current_user not like 't\_%' then
        if (to_jsonb(new) - 'note_sealed' - 'answer_sealed') <> (to_jsonb(old) - 'note_sealed' - 'answer_sealed') then
            raise exception 'exchange_message %: only sealed values may be re-sealed', old.id;
        end if;
        return new;
    end if;
    select r.closed_at is not null into root_closed from platform.exchange_message r
        where r.id = coalesce(old.thread_id, old.id);
    if new.answered_at is not null and old.answered_at is null then
        if old.kind = 'NOTICE' then
            raise exception 'exchange_message %: a notice is not answered', old.id;
        end if;
        if root_closed then
            raise exception 'exchange_message %: the thread is closed', old.id;
        end if;
        if new.answered_by is null then
            raise exception 'exchange_message %: an answer names who gave it', old.id;
        end if;
        if not (me = old.addressee_code or (me = old.sender_code and not platform.is_tenant(old.addressee_code))) then
            raise exception 'exchange_message %: only the addressee answers', old.id;
        end if;
        allowed := allowed || '{answered_at,answered_by,result,answer_sealed}'::text[];
    end if;
    if old.read_at is null and new.read_at is not null and me = old.addressee_code then
        allowed := allowed || '{read_at,read_by}'::text[];
    end if;
    if old.closed_at is null and new.closed_at is not null and me = old.sender_code and old.thread_id is null then
        allowed := allowed || '{closed_at,closed_by}'::text[];
    end if;
    if (me = old.sender_code and not platform.is_tenant(old.addressee_code))
       or (me = old.addressee_code and not platform.is_tenant(old.sender_code)) then
        allowed := allowed || '{outbox_state,outbox_batch}'::text[];
    end if;
    if (to_jsonb(new) - allowed) <> (to_jsonb(old) - allowed) then
        raise exception 'exchange_message %: this change is not allowed to %', old.id, me;
    end if;
    return new;
end $$;
create trigger exchange_message_guard before update on platform.exchange_message
    for each row execute function platform.exchange_message_guard();

-- The time limits of verification requests by urgency, per county, set by the county's system administrator;
-- a county without a row uses the defaults (7 / 15 / 30 calendar days). Feedback's 5 working days are the policy's.
create table platform.exchange_time_limit (
    county_code  varchar(12) not null references platform.tenant (code),
    urgency      varchar(16) not null check (urgency in ('URGENT', 'PRIORITY', 'NORMAL')),
    days         int         not null check (days between 1 and 365),
    working_days boolean     not null,
    updated_by   varchar(64) not null,
    updated_at   timestamptz not null default now(),
    primary key (county_code, urgency)
);
grant select on platform.exchange_time_limit to gongguan_tenant;

-- Batches of the national platform's files a tenant exported, numbered per tenant.
create table platform.exchange_batch (
    tenant_code varchar(12) not null references platform.tenant (code),
    number      int         not null,
    messages    int         not null,
    exported_by varchar(64) not null,
    exported_at timestamptz not null default now(),
    primary key (tenant_code, number)
);
grant select, insert on platform.exchange_batch to gongguan_tenant;
alter table platform.exchange_batch enable row level security;
create policy exchange_batch_own on platform.exchange_batch to gongguan_tenant
    using (tenant_code = substring(current_user from 3)) with check (tenant_code = substring(current_user from 3));
revoke all on platform.exchange_batch from gongguan_runtime;

-- The county sees who is late, not what about: the unanswered messages 3 working days past due addressed to a tenant
-- of its tree, with no person, note, title or body. Only a county's own role gets rows.
create function platform.exchange_escalations(p_today date)
    returns table (id bigint, kind varchar, origin varchar, sender_code varchar, addressee_code varchar,
                   sent_at timestamptz, due_on date, escalate_on date)
    language sql stable security definer set search_path = platform, pg_temp as $$
    select m.id, m.kind, m.origin, m.sender_code, m.addressee_code, m.sent_at, m.due_on, m.escalate_on
    from platform.exchange_message m
    join platform.tenant a on a.code = m.addressee_code
    join platform.tenant c on c.code = substring(current_user from 3) and c.kind = 'COUNTY'
    where m.answered_at is null and m.closed_at is null and m.kind <> 'NOTICE' and m.escalate_on <= p_today
      and a.path like c.path || '%'
    order by m.escalate_on, m.id $$;
revoke all on function platform.exchange_escalations(date) from public;
grant execute on function platform.exchange_escalations(date) to gongguan_tenant;

--changeset gongguan:platform-051-person-index splitStatements:false
-- The person index (DESIGN.md, cross-tenant path 3): a keyed hash of a person's ID number (HMAC-SHA-256 under the index
-- key, whose version each row names) → which tenants hold the person and how. No ID number, no name. A tenant writes
-- and reads its own rows only; it learns of another tenant's only through person_index_hold, which meets an outflow
-- with an inflow of the same hash and opens the feedback tasks the policy asks for, without telling either tenant
-- anything but that the other holds the person.
create table platform.person_index (
    tenant_code varchar(12) not null references platform.tenant (code),
    person_id   bigint      not null,
    id_hash     bytea       not null check (length(id_hash) = 32),
    key_version smallint    not null,
    holding     varchar(16) not null check (holding in ('INFLOW', 'INTRA_COUNTY', 'OUTFLOW', 'RETURNED')),
    updated_at  timestamptz not null default now(),
    primary key (tenant_code, person_id)
);
create unique index person_index_hash_idx on platform.person_index (id_hash, tenant_code);
comment on table platform.person_index is
    'Keyed hashes of ID numbers (never the number) and which tenant holds the person how; see person_index_hold';
grant select, insert, update, delete on platform.person_index to gongguan_tenant;
alter table platform.person_index enable row level security;
create policy person_index_own on platform.person_index to gongguan_tenant
    using (tenant_code = substring(current_user from 3)) with check (tenant_code = substring(current_user from 3));
revoke all on platform.person_index from gongguan_runtime;

-- Records how the calling tenant holds a person (null: no longer) and, when that changed, meets the other holders of
-- the same hash: an outflow (OUTFLOW) meets an inflow (INFLOW, INTRA_COUNTY) in either order. Each meeting opens a
-- feedback task from the outflow tenant to the inflow tenant (origin MATCH, due p_due, escalated p_escalate_on); an
-- intra-county mover (the inflow tenant holds them as INTRA_COUNTY) is managed by both, so the outflow tenant gets one
-- to the inflow tenant too. The caller names the person as it holds them: both tenants hold the ID number already.
-- Holders of one hash are serialised, so two meetings recorded at once still meet. Returns the tasks opened.
create function platform.person_index_hold(p_person bigint, p_hash bytea, p_key_version smallint, p_holding varchar,
                                           p_person_name varchar, p_id_number varchar, p_due date,
                                           p_provisional boolean, p_escalate_on date)
    returns table (message_id bigint, sender_code varchar, addressee_code varchar)
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_user from 3);
    was varchar;
    other record;
    outflow_side varchar;
    inflow_side varchar;
begin
    if current_user not like 't\_%' or not platform.is_tenant(me) then
        raise exception 'person_index_hold is called by a tenant''s role';
    end if;
    perform pg_advisory_xact_lock(hashtextextended(encode(p_hash, 'hex'), 12));
    select i.holding into was from platform.person_index i where i.tenant_code = me and i.person_id = p_person;
    if p_holding is null then
        delete from platform.person_index i where i.tenant_code = me and i.person_id = p_person;
        return;
    end if;
    insert into platform.person_index (tenant_code, person_id, id_hash, key_version, holding)
    values (me, p_person, p_hash, p_key_version, p_holding)
    on conflict (tenant_code, person_id) do update
        set id_hash = excluded.id_hash, key_version = excluded.key_version, holding = excluded.holding,
            updated_at = now();
    if was is not distinct from p_holding then
        return;
    end if;
    for other in select i.tenant_code, i.holding from platform.person_index i
                 where i.id_hash = p_hash and i.tenant_code <> me
                   and case p_holding when 'OUTFLOW' then i.holding in ('INFLOW', 'INTRA_COUNTY')
                                      when 'RETURNED' then false
                                      else i.holding = 'OUTFLOW' end
                 order by i.tenant_code loop
        outflow_side := case p_holding when 'OUTFLOW' then me else other.tenant_code end;
        inflow_side := case p_holding when 'OUTFLOW' then other.tenant_code else me end;
        insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                               sent_by, due_on, due_provisional, escalate_on)
        values ('FEEDBACK', 'MATCH', outflow_side, inflow_side, p_person_name, p_id_number, 'person-index', p_due,
                p_provisional, p_escalate_on)
        returning id, exchange_message.sender_code, exchange_message.addressee_code
            into message_id, sender_code, addressee_code;
        return next;
        if 'INTRA_COUNTY' in (p_holding, other.holding) then
            insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                                   sent_by, due_on, due_provisional, escalate_on, thread_id)
            values ('FEEDBACK', 'MATCH', inflow_side, outflow_side, p_person_name, p_id_number, 'person-index', p_due,
                    p_provisional, p_escalate_on, null)
            returning id, exchange_message.sender_code, exchange_message.addressee_code
                into message_id, sender_code, addressee_code;
            return next;
        end if;
    end loop;
end $$;
revoke all on function platform.person_index_hold(bigint, bytea, smallint, varchar, varchar, varchar, date, boolean,
                                                  date) from public;
grant execute on function platform.person_index_hold(bigint, bytea, smallint, varchar, varchar, varchar, date, boolean,
                                                     date) to gongguan_tenant;

--changeset gongguan:platform-052-exchange-close-follow-ups splitStatements:false
-- Closing a thread closes its follow-up questions too (issue 12): a follow-up left open in a closed thread would still
-- fall due, reach the county as escalated and count as waiting. The sender may now close any of its questions, not
-- only the root; everything else the guard decides stays as platform-050 made it.
create or replace function platform.exchange_message_guard() returns trigger language plpgsql
    set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_user from 3);
    allowed text[] := '{}';
    root_closed boolean;
begin
    if pg_has_role(current_user, (select c.relowner from pg_class c where c.oid = tg_relid), 'USAGE') then
        return new; -- the owner: migrations of the data
    end if;
    if current_user not like 't\_%' then
        if (to_jsonb(new) - 'note_sealed' - 'answer_sealed') <> (to_jsonb(old) - 'note_sealed' - 'answer_sealed') then
            raise exception 'exchange_message %: only sealed values may be re-sealed', old.id;
        end if;
        return new;
    end if;
    select r.closed_at is not null into root_closed from platform.exchange_message r
        where r.id = coalesce(old.thread_id, old.id);
    if new.answered_at is not null and old.answered_at is null then
        if old.kind = 'NOTICE' then
            raise exception 'exchange_message %: a notice is not answered', old.id;
        end if;
        if root_closed then
            raise exception 'exchange_message %: the thread is closed', old.id;
        end if;
        if new.answered_by is null then
            raise exception 'exchange_message %: an answer names who gave it', old.id;
        end if;
        if not (me = old.addressee_code or (me = old.sender_code and not platform.is_tenant(old.addressee_code))) then
            raise exception 'exchange_message %: only the addressee answers', old.id;
        end if;
        allowed := allowed || '{answered_at,answered_by,result,answer_sealed}'::text[];
    end if;
    if old.read_at is null and new.read_at is not null and me = old.addressee_code then
        allowed := allowed || '{read_at,read_by}'::text[];
    end if;
    if old.closed_at is null and new.closed_at is not null and me = old.sender_code and old.kind <> 'NOTICE' then
        allowed := allowed || '{closed_at,closed_by}'::text[];
    end if;
    if (me = old.sender_code and not platform.is_tenant(old.addressee_code))
       or (me = old.addressee_code and not platform.is_tenant(old.sender_code)) then
        allowed := allowed || '{outbox_state,outbox_batch}'::text[];
    end if;
    if (to_jsonb(new) - allowed) <> (to_jsonb(old) - allowed) then
        raise exception 'exchange_message %: this change is not allowed to %', old.id, me;
    end if;
    return new;
end $$;

--changeset gongguan:platform-053-exchange-time-limit-rows
-- The time limits of verification requests: every unit of a county reads its county's, only the county's own role sets
-- them (its system administrator, audited); no other county's, and nothing through the runtime role.
alter table platform.exchange_time_limit enable row level security;
create policy exchange_time_limit_read on platform.exchange_time_limit for select to gongguan_tenant
    using (county_code = substring(substring(current_user from 3) for 6));
create policy exchange_time_limit_insert on platform.exchange_time_limit for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3));
create policy exchange_time_limit_update on platform.exchange_time_limit for update to gongguan_tenant
    using (county_code = substring(current_user from 3)) with check (county_code = substring(current_user from 3));
grant insert, update on platform.exchange_time_limit to gongguan_tenant;
revoke all on platform.exchange_time_limit from gongguan_runtime;

--changeset gongguan:platform-054-exchange-follow-ups-and-escalations splitStatements:false
-- Three corrections to platform-050. A follow-up names its thread: inside the policy's sub-query a bare thread_id is the
-- sub-query's own column, so no follow-up could ever be written; the new row's column is named with the table's name.
-- The county's escalations: inside a security-definer function current_user is the function's owner, not the calling
-- county, so the rows are chosen in a view instead (a view reads with its owner's rights, but current_user there is the
-- role that queries it) and the function reads the view as its caller.
drop policy exchange_message_send on platform.exchange_message;
create policy exchange_message_send on platform.exchange_message for insert to gongguan_tenant
    with check (answered_at is null and answered_by is null and answer is null and answer_sealed is null
                and result is null and read_at is null and closed_at is null and origin <> 'MATCH'
                and case origin
                    when 'USER' then sender_code = substring(current_user from 3)
                    else addressee_code = substring(current_user from 3) and not platform.is_tenant(sender_code) end
                and (exchange_message.thread_id is null or exists (select 1 from platform.exchange_message r
                     where r.id = exchange_message.thread_id and r.thread_id is null
                       and r.sender_code = substring(current_user from 3) and r.closed_at is null)));

create view platform.exchange_escalation_rows with (security_barrier) as
    select m.id, m.kind, m.origin, m.sender_code, m.addressee_code, m.sent_at, m.due_on, m.escalate_on
    from platform.exchange_message m
    join platform.tenant a on a.code = m.addressee_code
    join platform.tenant c on c.code = substring(current_user from 3) and c.kind = 'COUNTY'
    where m.answered_at is null and m.closed_at is null and m.kind <> 'NOTICE' and a.path like c.path || '%';
comment on view platform.exchange_escalation_rows is
    'The calling county''s unanswered items of its tree: who is late, never about whom; read through exchange_escalations';
revoke all on platform.exchange_escalation_rows from public, gongguan_runtime;
grant select on platform.exchange_escalation_rows to gongguan_tenant;
create or replace function platform.exchange_escalations(p_today date)
    returns table (id bigint, kind varchar, origin varchar, sender_code varchar, addressee_code varchar,
                   sent_at timestamptz, due_on date, escalate_on date)
    language sql stable security invoker set search_path = platform, pg_temp as $$
    select e.id, e.kind, e.origin, e.sender_code, e.addressee_code, e.sent_at, e.due_on, e.escalate_on
    from platform.exchange_escalation_rows e
    where e.escalate_on <= p_today
    order by e.escalate_on, e.id $$;
-- A verification topic is stored by its name, and MARRIAGE_AND_CHILDBEARING has 25 characters: platform-050's 24 could
-- not hold it.
alter table platform.exchange_message alter column topic type varchar(32);

--changeset gongguan:platform-055-exchange-list-indexes
-- The exchange's lists (Exchange.list) read three parts each in its own order and stop at the end of the page: the
-- questions still waiting by due day (the overdue first), an addressee's unread notices newest first, the rest newest
-- first. One index per part and side, so that a township's first page reads some fifty index entries, not its tens of
-- thousands of messages (docs/benchmarks.md, the exchange inbox).
create index exchange_message_waiting_in_idx on platform.exchange_message (addressee_code, due_on, id)
    where kind <> 'NOTICE' and answered_at is null and closed_at is null;
create index exchange_message_waiting_out_idx on platform.exchange_message (sender_code, due_on, id)
    where kind <> 'NOTICE' and answered_at is null and closed_at is null;
create index exchange_message_unread_idx on platform.exchange_message (addressee_code, sent_at desc, id desc)
    where kind = 'NOTICE' and read_at is null;
create index exchange_message_in_recent_idx on platform.exchange_message (addressee_code, sent_at desc, id desc);
create index exchange_message_out_recent_idx on platform.exchange_message (sender_code, sent_at desc, id desc);

--changeset gongguan:platform-056-person-index-hold-all splitStatements:false
-- person_index_hold for many persons in one statement: an import of 10,000 persons records them in one round trip
-- instead of 10,000. It runs as its caller (security invoker), so each row is still recorded by, and as, the tenant's
-- own role through person_index_hold. The arrays run in step; the key version and the deadlines are shared. Each task
-- opened comes back with the person it is about.
create function platform.person_index_hold_all(p_persons bigint[], p_hashes bytea[], p_key_version smallint,
                                               p_holdings varchar[], p_person_names varchar[],
                                               p_id_numbers varchar[], p_due date, p_provisional boolean,
                                               p_escalate_on date)
    returns table (person_id bigint, message_id bigint, sender_code varchar, addressee_code varchar)
    language sql security invoker set search_path = platform, pg_temp as $$
    select u.person, h.message_id, h.sender_code, h.addressee_code
    from unnest(p_persons, p_hashes, p_holdings, p_person_names, p_id_numbers) with ordinality
             as u(person, hash, holding, person_name, id_number, n)
    cross join lateral platform.person_index_hold(u.person, u.hash, p_key_version, u.holding, u.person_name,
                                                  u.id_number, p_due, p_provisional, p_escalate_on) h
    order by u.n $$;
revoke all on function platform.person_index_hold_all(bigint[], bytea[], smallint, varchar[], varchar[], varchar[], date,
                                                      boolean, date) from public;
grant execute on function platform.person_index_hold_all(bigint[], bytea[], smallint, varchar[], varchar[], varchar[],
                                                         date, boolean, date) to gongguan_tenant;

--changeset gongguan:platform-057-person-index-hold-caller splitStatements:false
-- person_index_hold runs as its owner (security definer), so current_user inside it names the owner, never the
-- tenant that called it: it refused every call. The caller is the role its transaction switched to (SET LOCAL ROLE,
-- the setting 'role'), which a definer function does not change. Otherwise the function is as platform-051 made it.
create or replace function platform.person_index_hold(p_person bigint, p_hash bytea, p_key_version smallint,
                                                      p_holding varchar,
                                           p_person_name varchar, p_id_number varchar, p_due date,
                                           p_provisional boolean, p_escalate_on date)
    returns table (message_id bigint, sender_code varchar, addressee_code varchar)
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_setting('role') from 3);
    was varchar;
    other record;
    outflow_side varchar;
    inflow_side varchar;
begin
    if current_setting('role') not like 't\_%' or not platform.is_tenant(me) then
        raise exception 'person_index_hold is called by a tenant''s role';
    end if;
    perform pg_advisory_xact_lock(hashtextextended(encode(p_hash, 'hex'), 12));
    select i.holding into was from platform.person_index i where i.tenant_code = me and i.person_id = p_person;
    if p_holding is null then
        delete from platform.person_index i where i.tenant_code = me and i.person_id = p_person;
        return;
    end if;
    insert into platform.person_index (tenant_code, person_id, id_hash, key_version, holding)
    values (me, p_person, p_hash, p_key_version, p_holding)
    on conflict (tenant_code, person_id) do update
        set id_hash = excluded.id_hash, key_version = excluded.key_version, holding = excluded.holding,
            updated_at = now();
    if was is not distinct from p_holding then
        return;
    end if;
    for other in select i.tenant_code, i.holding from platform.person_index i
                 where i.id_hash = p_hash and i.tenant_code <> me
                   and case p_holding when 'OUTFLOW' then i.holding in ('INFLOW', 'INTRA_COUNTY')
                                      when 'RETURNED' then false
                                      else i.holding = 'OUTFLOW' end
                 order by i.tenant_code loop
        outflow_side := case p_holding when 'OUTFLOW' then me else other.tenant_code end;
        inflow_side := case p_holding when 'OUTFLOW' then other.tenant_code else me end;
        insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                               sent_by, due_on, due_provisional, escalate_on)
        values ('FEEDBACK', 'MATCH', outflow_side, inflow_side, p_person_name, p_id_number, 'person-index', p_due,
                p_provisional, p_escalate_on)
        returning id, exchange_message.sender_code, exchange_message.addressee_code
            into message_id, sender_code, addressee_code;
        return next;
        if 'INTRA_COUNTY' in (p_holding, other.holding) then
            insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                                   sent_by, due_on, due_provisional, escalate_on, thread_id)
            values ('FEEDBACK', 'MATCH', inflow_side, outflow_side, p_person_name, p_id_number, 'person-index', p_due,
                    p_provisional, p_escalate_on, null)
            returning id, exchange_message.sender_code, exchange_message.addressee_code
                into message_id, sender_code, addressee_code;
            return next;
        end if;
    end loop;
end $$;

--changeset gongguan:platform-058-exchange-and-index-hardening splitStatements:false
-- Corrections after review. (1) A follow-up stays in its thread: same addressee, kind and person as its root, else its
-- addressee could answer inside a thread closed out of its sight (the rows of one notice share only its kind). (2) The county's view holds the items escalated by
-- today in the county's time, not every unanswered one. (3) The person index believes the caller only about its own
-- persons: the person must exist in the caller's schema with the ID number given, and a task is never due before
-- today. (4) A person re-hashed under a new index key (same holding) meets the holders it never met, so a meeting is not
-- lost while a rotation is half-way; a meeting never opens a second task while one is open for the same pair and person.
-- (5) Many holdings are taken in the order of their hashes, so two large imports at once cannot deadlock.
drop policy exchange_message_send on platform.exchange_message;
create policy exchange_message_send on platform.exchange_message for insert to gongguan_tenant
    with check (answered_at is null and answered_by is null and answer is null and answer_sealed is null
                and result is null and read_at is null and closed_at is null and origin <> 'MATCH'
                and case origin
                    when 'USER' then sender_code = substring(current_user from 3)
                    else addressee_code = substring(current_user from 3) and not platform.is_tenant(sender_code) end
                and (exchange_message.thread_id is null or exists (select 1 from platform.exchange_message r
                     where r.id = exchange_message.thread_id and r.thread_id is null
                       and r.sender_code = substring(current_user from 3) and r.closed_at is null
                       and r.kind = exchange_message.kind
                       and (exchange_message.kind = 'NOTICE' or (r.addressee_code = exchange_message.addressee_code
                            and r.id_number = exchange_message.id_number)))));

create or replace view platform.exchange_escalation_rows with (security_barrier) as
    select m.id, m.kind, m.origin, m.sender_code, m.addressee_code, m.sent_at, m.due_on, m.escalate_on
    from platform.exchange_message m
    join platform.tenant a on a.code = m.addressee_code
    join platform.tenant c on c.code = substring(current_user from 3) and c.kind = 'COUNTY'
    where m.answered_at is null and m.closed_at is null and m.kind <> 'NOTICE' and a.path like c.path || '%'
      and m.escalate_on <= (now() at time zone 'Asia/Shanghai')::date;

create or replace function platform.person_index_hold(p_person bigint, p_hash bytea, p_key_version smallint,
                                                      p_holding varchar,
                                           p_person_name varchar, p_id_number varchar, p_due date,
                                           p_provisional boolean, p_escalate_on date)
    returns table (message_id bigint, sender_code varchar, addressee_code varchar)
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_setting('role') from 3);
    was varchar;
    was_hash bytea;
    rehashed boolean;
    own boolean;
    due date := greatest(p_due, (now() at time zone 'Asia/Shanghai')::date);
    escalate date := greatest(p_escalate_on, greatest(p_due, (now() at time zone 'Asia/Shanghai')::date));
    other record;
    outflow_side varchar;
    inflow_side varchar;
begin
    if current_setting('role') not like 't\_%' or not platform.is_tenant(me) then
        raise exception 'person_index_hold is called by a tenant''s role';
    end if;
    execute format('select exists (select 1 from %I.person where id = $1 and id_number = $2)', 't_' || me)
        into own using p_person, p_id_number;
    if not own then
        raise exception 'person_index_hold: person % with that ID number is not held by %', p_person, me;
    end if;
    perform pg_advisory_xact_lock(hashtextextended(encode(p_hash, 'hex'), 12));
    select i.holding, i.id_hash into was, was_hash from platform.person_index i
        where i.tenant_code = me and i.person_id = p_person;
    if p_holding is null then
        delete from platform.person_index i where i.tenant_code = me and i.person_id = p_person;
        return;
    end if;
    insert into platform.person_index (tenant_code, person_id, id_hash, key_version, holding)
    values (me, p_person, p_hash, p_key_version, p_holding)
    on conflict (tenant_code, person_id) do update
        set id_hash = excluded.id_hash, key_version = excluded.key_version, holding = excluded.holding,
            updated_at = now();
    rehashed := was is not distinct from p_holding and was_hash is distinct from p_hash;
    if was is not distinct from p_holding and not rehashed then
        return;
    end if;
    for other in select i.tenant_code, i.holding from platform.person_index i
                 where i.id_hash = p_hash and i.tenant_code <> me
                   and case p_holding when 'OUTFLOW' then i.holding in ('INFLOW', 'INTRA_COUNTY')
                                      when 'RETURNED' then false
                                      else i.holding = 'OUTFLOW' end
                 order by i.tenant_code loop
        outflow_side := case p_holding when 'OUTFLOW' then me else other.tenant_code end;
        inflow_side := case p_holding when 'OUTFLOW' then other.tenant_code else me end;
        -- re-hashed: only a pair that never met; else: not while a task of the pair about the person is open
        continue when exists (select 1 from platform.exchange_message m
                              where m.origin = 'MATCH' and m.sender_code = outflow_side
                                and m.addressee_code = inflow_side and m.id_number = p_id_number
                                and (rehashed or (m.answered_at is null and m.closed_at is null)));
        insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                               sent_by, due_on, due_provisional, escalate_on)
        values ('FEEDBACK', 'MATCH', outflow_side, inflow_side, p_person_name, p_id_number, 'person-index', due,
                p_provisional, escalate)
        returning id, exchange_message.sender_code, exchange_message.addressee_code
            into message_id, sender_code, addressee_code;
        return next;
        if 'INTRA_COUNTY' in (p_holding, other.holding) then
            insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                                                   sent_by, due_on, due_provisional, escalate_on)
            values ('FEEDBACK', 'MATCH', inflow_side, outflow_side, p_person_name, p_id_number, 'person-index', due,
                    p_provisional, escalate)
            returning id, exchange_message.sender_code, exchange_message.addressee_code
                into message_id, sender_code, addressee_code;
            return next;
        end if;
    end loop;
end $$;

create or replace function platform.person_index_hold_all(p_persons bigint[], p_hashes bytea[], p_key_version smallint,
                                                          p_holdings varchar[], p_person_names varchar[],
                                                          p_id_numbers varchar[], p_due date, p_provisional boolean,
                                                          p_escalate_on date)
    returns table (person_id bigint, message_id bigint, sender_code varchar, addressee_code varchar)
    language sql security invoker set search_path = platform, pg_temp as $$
    select u.person, h.message_id, h.sender_code, h.addressee_code
    from (select * from unnest(p_persons, p_hashes, p_holdings, p_person_names, p_id_numbers)
                        as v(person, hash, holding, person_name, id_number)
          order by hash offset 0) u
    cross join lateral platform.person_index_hold(u.person, u.hash, p_key_version, u.holding, u.person_name,
                                                  u.id_number, p_due, p_provisional, p_escalate_on) h $$;

--changeset gongguan:platform-060-figures-per-unit splitStatements:false
-- The dashboards' figures per unit and month (issue 13). A rollup row now names the org unit inside the tenant it
-- counts ('' = the tenant's total; a village's or community's 12-digit code, a group's 15-digit code). A tenant's
-- figures are counted by the application per tenant and month; changes to the counted tables mark the months they
-- touch as owed (figure_owed) through statement-level triggers, so no writer can forget it and an import marks once.
-- The names of the units the county may drill into live in figure_unit (names of villages and groups, no person).
alter table platform.rollup add column unit_code varchar(15) not null default '';
alter table platform.rollup drop constraint rollup_pkey;
alter table platform.rollup add primary key (tenant_code, period, indicator, unit_code);
create index rollup_indicator_period_idx on platform.rollup (indicator, period) where unit_code = '';
grant delete on platform.rollup to gongguan_tenant;

create table platform.figure_owed (
    id          bigint generated always as identity primary key,
    tenant_code varchar(12) not null references platform.tenant (code),
    period      varchar(16) not null,
    owed_at     timestamptz not null default now()
);
create index figure_owed_tenant_idx on platform.figure_owed (tenant_code, period);
comment on table platform.figure_owed is 'Tenant-months whose figures changed since they were last counted';
alter table platform.figure_owed enable row level security;
grant select, delete on platform.figure_owed to gongguan_tenant;
create policy figure_owed_own_tenant on platform.figure_owed to gongguan_tenant
    using (tenant_code = substring(current_user from 3));

create table platform.figure_unit (
    tenant_code varchar(12)  not null references platform.tenant (code),
    unit_code   varchar(15)  not null,
    name        varchar(100) not null,
    kind        varchar(16)  not null,
    primary key (tenant_code, unit_code)
);
comment on table platform.figure_unit is 'The org units a tenant counts figures for, with their names, for the drill-down';
alter table platform.figure_unit enable row level security;
grant select, insert, update, delete on platform.figure_unit to gongguan_tenant;
create policy figure_unit_own_tenant on platform.figure_unit to gongguan_tenant
    using (tenant_code = substring(current_user from 3))
    with check (tenant_code = substring(current_user from 3));

-- Statement-level trigger function for counted tenant tables. Its arguments name the date (or timestamp) columns of
-- the table that place a row in a month. A row inserted or deleted with a date in an earlier month changes that month
-- and every month after it (a stock figure such as the persons living here at a month's end), so those months are
-- owed, as far back as the dashboards look (12 months before the current one). An update marks them only when it
-- changed a date column, from the earliest date the updated rows had or have (a null arrival counted from the
-- registration day, corrected to a later day, unmarks the months before): any other edit — a phone, a unit, a flow
-- type — marks the current month only, so a closed month keeps the figures it closed with. The current month (the
-- county's, at the statement's own time, not the transaction's start) is always owed. Timestamps are read as the
-- county's days (the function's time zone). The tenant is the table's schema (t_<code>).
create function platform.owe_figures() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform, pg_temp set timezone = 'Asia/Shanghai' as $$
declare
    this_month date := date_trunc('month', clock_timestamp())::date;
    earliest   date := (this_month - interval '12 months')::date;
    columns    text := (select string_agg(format('%I::date', c), ', ') from unnest(coalesce(TG_ARGV, '{}')) c);
    dated      text := '';
    col        text;
    changed    boolean := true;
begin
    if TG_OP = 'UPDATE' and columns is not null then
        execute format('select exists ((select %1$s from new_rows except all select %1$s from old_rows)
                                        union all (select %1$s from old_rows except all select %1$s from new_rows))',
                       columns) into changed;
    end if;
    if changed then
        foreach col in array coalesce(TG_ARGV, '{}') loop
            if TG_OP in ('INSERT', 'UPDATE') then
                dated := dated || format(' union select %I::date from new_rows', col);
            end if;
            if TG_OP in ('UPDATE', 'DELETE') then
                dated := dated || format(' union select %I::date from old_rows', col);
            end if;
        end loop;
    end if;
    execute format('insert into platform.figure_owed (tenant_code, period)
                    select %L, to_char(m, ''YYYY-MM'')
                    from generate_series((select coalesce(min(greatest(date_trunc(''month'', d)::date, %L::date)), %L::date)
                                          from (select null::date as d %s) dates where d <= %L::date),
                                         %L::date, interval ''1 month'') m',
                   substring(TG_TABLE_SCHEMA from 3), earliest, this_month, dated, this_month, this_month);
    return null;
end $$;
-- The platform's sessions find the owed tenant-months and read the units' names for a parent's dashboard.
revoke insert, update, delete on platform.figure_owed, platform.figure_unit from gongguan_runtime;
create policy figure_owed_runtime_read on platform.figure_owed for select to gongguan_runtime using (true);
create policy figure_unit_runtime_read on platform.figure_unit for select to gongguan_runtime using (true);

-- Attaches owe_figures to a counted tenant table, with the table's date columns (PostgreSQL allows transition tables
-- only on single-event triggers, hence three): select platform.owe_figures_on('person', 'arrival_date');
create function platform.owe_figures_on(p_table regclass, variadic p_columns text[] default '{}')
    returns void language plpgsql set search_path = pg_catalog, pg_temp as $$
declare
    args text := (select coalesce(string_agg(quote_literal(c), ', '), '') from unnest(p_columns) c);
    name text := (select relname from pg_class where oid = p_table);
begin
    execute format('create trigger %I after insert on %s referencing new table as new_rows
                    for each statement execute function platform.owe_figures(%s)', name || '_owes_figures_i', p_table, args);
    execute format('create trigger %I after update on %s referencing new table as new_rows old table as old_rows
                    for each statement execute function platform.owe_figures(%s)', name || '_owes_figures_u', p_table, args);
    execute format('create trigger %I after delete on %s referencing old table as old_rows
                    for each statement execute function platform.owe_figures(%s)', name || '_owes_figures_d', p_table, args);
end $$;

--changeset gongguan:platform-070-break-the-glass splitStatements:false
-- Break-the-glass (紧急查阅, DESIGN.md cross-tenant path 4): a member of a county's governance group opens one person's
-- record in a township or committee of its own county tree, with a reason, for a limited time, read only. The county's
-- role reads no township schema: it opens an access and reads the record only through the functions below, which run
-- as the owner and check the caller (the role its transaction switched to, the setting 'role') against the tenant
-- tree and the access. The accesses are read by the county that opened them and by the unit whose record they opened
-- (row-level security); nobody writes them but glass_open. Each opening and each reading is written to the target
-- unit's audit trail here, since no county role may append to another tenant's trail; the application writes the
-- county's own.
create table platform.glass_access (
    id          bigint generated always as identity primary key,
    county_code varchar(12)  not null references platform.tenant (code),
    opened_by   varchar(64)  not null,
    target_code varchar(12)  not null references platform.tenant (code),
    person_id   bigint       not null,
    reason_kind varchar(16)  not null check (reason_kind in ('PETITION', 'SUPERVISION', 'CASE_ASSISTANCE',
                                                             'EMERGENCY', 'OTHER')),
    reason_text varchar(500) not null check (length(btrim(reason_text)) > 0),
    opened_at   timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    check (expires_at > opened_at)
);
comment on table platform.glass_access is
    'Break-the-glass accesses: a county user opened one person''s record of a unit of its tree, why and until when';
comment on column platform.glass_access.person_id is 'The person''s id in the target unit''s schema (t_<target_code>.person)';
-- the county's log and a unit's home page: newest first
create index glass_access_county_idx on platform.glass_access (county_code, opened_at desc, id desc);
create index glass_access_target_idx on platform.glass_access (target_code, opened_at desc, id desc);
revoke all on platform.glass_access from public, gongguan_runtime;
grant select on platform.glass_access to gongguan_tenant;
alter table platform.glass_access enable row level security;
create policy glass_access_read on platform.glass_access for select to gongguan_tenant
    using (county_code = substring(current_user from 3) or target_code = substring(current_user from 3));

-- The calling county's tenant row, or an error: only a county's own role opens or reads.
create function platform.glass_caller() returns platform.tenant
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    caller platform.tenant;
begin
    if current_setting('role') like 't\_%' then
        select * into caller from platform.tenant t
            where t.code = substring(current_setting('role') from 3) and t.kind = 'COUNTY';
    end if;
    if caller.code is null then
        raise exception 'break-the-glass is for a county''s role';
    end if;
    return caller;
end $$;
revoke all on function platform.glass_caller() from public;

-- Opens an access for p_duration (at most a day) to the person with the ID number in a unit of the caller's county
-- tree; null when the unit holds no such person (nothing is opened). The unit's audit trail records it.
create function platform.glass_open(p_target varchar, p_id_number varchar, p_reason_kind varchar,
                                    p_reason_text varchar, p_duration interval, p_actor varchar)
    returns bigint language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    county platform.tenant := platform.glass_caller();
    target platform.tenant;
    found_person bigint;
    access platform.glass_access;
begin
    select * into target from platform.tenant t
        where t.code = p_target and t.kind <> 'COUNTY' and t.status = 'READY' and t.path like county.path || '%';
    if target.code is null then
        raise exception 'break-the-glass: % is not a unit of county %', p_target, county.code;
    end if;
    if p_duration is null or p_duration <= interval '0' or p_duration > interval '1 day' then
        raise exception 'break-the-glass: an access lasts more than nothing and at most a day';
    end if;
    execute format('select id from %I.person where id_number = $1', 't_' || target.code)
        into found_person using p_id_number;
    if found_person is null then
        return null;
    end if;
    insert into platform.glass_access (county_code, opened_by, target_code, person_id, reason_kind, reason_text,
                                       expires_at)
    values (county.code, p_actor, target.code, found_person, p_reason_kind, p_reason_text, now() + p_duration)
    returning * into access;
    insert into platform.audit_event (tenant_code, actor, action, subject, detail)
    values (target.code, p_actor, 'GLASS_OPENED', 'person:' || found_person,
            format('county %s, access %s until %s, %s: %s', county.code, access.id, access.expires_at,
                   p_reason_kind, p_reason_text));
    return access.id;
end $$;

-- The caller's access if it is valid now (its county's, opened by p_actor, not expired), else an error.
create function platform.glass_valid(p_access bigint, p_actor varchar) returns platform.glass_access
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    county platform.tenant := platform.glass_caller();
    access platform.glass_access;
begin
    select * into access from platform.glass_access a
        where a.id = p_access and a.county_code = county.code and a.opened_by = p_actor and now() < a.expires_at;
    if access.id is null then
        raise exception 'break-the-glass: no valid access %', p_access;
    end if;
    return access;
end $$;
revoke all on function platform.glass_valid(bigint, varchar) from public;

-- The person's registry record in clear under a valid access, with the name of its village or community; the
-- reading is recorded in the unit's audit trail. Nothing sealed is ever read here.
create function platform.glass_person(p_access bigint, p_actor varchar)
    returns table (name varchar, id_number varchar, sex varchar, birth_date date, phone varchar,
                   registration_place varchar, org_unit_code varchar, org_unit_name varchar, address varchar,
                   arrival_date date, flow_type varchar, marital_status varchar, children int, employer varchar,
                   certificate_number varchar, certificate_place varchar, certificate_valid_until date,
                   certificate_checked boolean, updated_at timestamptz, updated_by varchar)
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    access platform.glass_access := platform.glass_valid(p_access, p_actor);
begin
    insert into platform.audit_event (tenant_code, actor, action, subject, detail)
    values (access.target_code, p_actor, 'GLASS_READ', 'person:' || access.person_id,
            format('county %s, access %s', access.county_code, access.id));
    return query execute format('
        select p.name, p.id_number::varchar, p.sex, p.birth_date, p.phone, p.registration_place::varchar,
               p.org_unit_code, u.name, p.address, p.arrival_date, p.flow_type, p.marital_status, p.children,
               p.employer, p.certificate_number, p.certificate_place, p.certificate_valid_until,
               p.certificate_checked, p.updated_at, p.updated_by
        from %1$I.person p left join %1$I.org_unit u on u.code = p.org_unit_code
        where p.id = $1', 't_' || access.target_code) using access.person_id;
end $$;

-- The five steps done, under a valid access: which, when and by whom (a step's note is not read).
create function platform.glass_steps(p_access bigint, p_actor varchar)
    returns table (step varchar, done_on date, recorded_by varchar, delivered varchar)
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    access platform.glass_access := platform.glass_valid(p_access, p_actor);
begin
    return query execute format('
        select s.step, s.done_on, s.recorded_by, s.delivered from %I.step_record s
        where s.person_id = $1 order by s.done_on, s.id', 't_' || access.target_code) using access.person_id;
end $$;

-- The follow-ups scheduled, under a valid access: kind, due day, who and done when — never the outcome (it may name
-- a contraceptive measure or a pregnancy check), the plan's text nor the sealed note.
create function platform.glass_follow_ups(p_access bigint, p_actor varchar)
    returns table (kind varchar, due_on date, assignee varchar, done_on date)
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    access platform.glass_access := platform.glass_valid(p_access, p_actor);
begin
    return query execute format('
        select f.kind, f.due_on, f.assignee, f.done_on from %I.follow_up f
        where f.person_id = $1 order by f.due_on, f.id', 't_' || access.target_code) using access.person_id;
end $$;

revoke all on function platform.glass_open(varchar, varchar, varchar, varchar, interval, varchar) from public;
revoke all on function platform.glass_person(bigint, varchar) from public;
revoke all on function platform.glass_steps(bigint, varchar) from public;
revoke all on function platform.glass_follow_ups(bigint, varchar) from public;
grant execute on function platform.glass_open(varchar, varchar, varchar, varchar, interval, varchar) to gongguan_tenant;
grant execute on function platform.glass_person(bigint, varchar) to gongguan_tenant;
grant execute on function platform.glass_steps(bigint, varchar) to gongguan_tenant;
grant execute on function platform.glass_follow_ups(bigint, varchar) to gongguan_tenant;

--changeset gongguan:platform-066-exchange-owes-figures splitStatements:false
-- Issue 13: the feedback figures (answered on time, late, overdue) are the addressee's, counted from the exchange's
-- rows in the platform schema (ExchangeFigures). A feedback sent, answered or closed marks the ADDRESSEE's months as
-- owed (a tenant of this system that counts figures: ready, not a place reached through the national platform, not
-- a county), from the month of the change on: the month it was sent on insert, the month of the answer or the closing
-- on update. Other updates (a notice read, an outbox state, a re-seal) change no figure and mark nothing. Months are
-- the county's, as far back as the dashboards look, like platform.owe_figures.
create function platform.owe_exchange_figures() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform, pg_temp as $$
declare
    this_month date := date_trunc('month', clock_timestamp() at time zone 'Asia/Shanghai')::date;
    earliest   date := (this_month - interval '12 months')::date;
begin
    if TG_OP = 'INSERT' then
        insert into platform.figure_owed (tenant_code, period)
        select c.addressee_code, to_char(m, 'YYYY-MM')
        from (select n.addressee_code, min(n.sent_at) as changed from new_rows n
              where n.kind = 'FEEDBACK' group by n.addressee_code) c
        join platform.tenant t on t.code = c.addressee_code and t.kind <> 'COUNTY' and t.status = 'READY'
        cross join generate_series(greatest(date_trunc('month', c.changed at time zone 'Asia/Shanghai')::date,
                                            earliest), this_month, interval '1 month') m;
    else
        insert into platform.figure_owed (tenant_code, period)
        select c.addressee_code, to_char(m, 'YYYY-MM')
        from (select n.addressee_code,
                     min(least(case when n.answered_at is distinct from o.answered_at
                                    then least(n.answered_at, o.answered_at) end,
                               case when n.closed_at is distinct from o.closed_at
                                    then least(n.closed_at, o.closed_at) end)) as changed
              from new_rows n join old_rows o on o.id = n.id
              where n.kind = 'FEEDBACK' and (n.answered_at is distinct from o.answered_at
                                             or n.closed_at is distinct from o.closed_at)
              group by n.addressee_code) c
        join platform.tenant t on t.code = c.addressee_code and t.kind <> 'COUNTY' and t.status = 'READY'
        cross join generate_series(greatest(date_trunc('month', c.changed at time zone 'Asia/Shanghai')::date,
                                            earliest), this_month, interval '1 month') m;
    end if;
    return null;
end $$;
create trigger exchange_message_owes_figures_i after insert on platform.exchange_message
    referencing new table as new_rows for each statement execute function platform.owe_exchange_figures();
create trigger exchange_message_owes_figures_u after update on platform.exchange_message
    referencing new table as new_rows old table as old_rows
    for each statement execute function platform.owe_exchange_figures();

--changeset gongguan:platform-075-joint-operations splitStatements:false
-- Joint clean-up operations (联合清理, DESIGN.md cross-tenant path 5): a county's governance group plans an operation,
-- names the townships it targets and publishes it; each target township then holds one task of it. The county sees its
-- operations, their targets, tasks and the locations the townships assigned; a township sees the operations it got a
-- task of, its own task and its own locations, and nothing of another township's. The findings themselves stay in the
-- township's schema: what the county reads are the counts the township writes on its task and locations in the same
-- transaction. A department liaison (a county account) records a finding at a township's location through
-- platform.liaison_finding, sealed for the township, which takes it into its schema and erases what it said.
-- Who may change what, and that nothing changes once the operation is closed, the triggers below decide; the row
-- policies only say who touches a row at all.
create table platform.operation (
    id             bigint generated always as identity primary key,
    county_code    varchar(12)   not null references platform.tenant (code),
    title          varchar(100)  not null check (length(btrim(title)) > 0),
    starts_on      date          not null,
    ends_on        date          not null,
    location_kinds varchar(100)  not null,
    departments    varchar(100)  not null,
    lead           varchar(50)   not null,
    instructions   varchar(2000) not null,
    state          varchar(16)   not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    summary        varchar(2000),
    planned_by     varchar(64)   not null,
    planned_at     timestamptz   not null default now(),
    published_by   varchar(64),
    published_at   timestamptz,
    closed_by      varchar(64),
    closed_at      timestamptz,
    version        int           not null default 0,
    check (ends_on >= starts_on),
    check ((state = 'DRAFT') = (published_at is null)),
    check ((state = 'CLOSED') = (closed_at is not null and summary is not null))
);
comment on column platform.operation.location_kinds is 'Comma-separated governance.LocationKind names';
comment on column platform.operation.departments is 'Comma-separated reference.Department names';
create index operation_county_idx on platform.operation (county_code, starts_on desc, id desc);

-- The townships a draft will be published to (the county's only).
create table platform.operation_target (
    operation_id  bigint       not null references platform.operation (id) on delete cascade,
    county_code   varchar(12)  not null references platform.tenant (code),
    township_code varchar(12)  not null references platform.tenant (code),
    primary key (operation_id, township_code)
);

-- The liaisons (county accounts) named in an operation: they record findings at its locations.
create table platform.operation_liaison (
    operation_id bigint       not null references platform.operation (id) on delete cascade,
    county_code  varchar(12)  not null references platform.tenant (code),
    user_id      bigint       not null references platform.app_user (id),
    primary key (operation_id, user_id)
);
create index operation_liaison_user_idx on platform.operation_liaison (user_id);

create table platform.operation_task (
    id                  bigint generated always as identity primary key,
    operation_id        bigint        not null references platform.operation (id),
    county_code         varchar(12)   not null references platform.tenant (code),
    township_code       varchar(12)   not null references platform.tenant (code),
    state               varchar(16)   not null default 'OPEN' check (state in ('OPEN', 'SUBMITTED', 'REWORK')),
    locations_total     int           not null default 0 check (locations_total >= 0),
    locations_done      int           not null default 0 check (locations_done >= 0),
    persons_checked     int           not null default 0 check (persons_checked >= 0),
    persons_registered  int           not null default 0 check (persons_registered >= 0),
    without_certificate int           not null default 0 check (without_certificate >= 0),
    referred            int           not null default 0 check (referred >= 0),
    houses_found        int           not null default 0 check (houses_found >= 0),
    result_note         varchar(1000),
    submitted_by        varchar(64),
    submitted_at        timestamptz,
    rework_reason       varchar(500),
    rework_by           varchar(64),
    rework_at           timestamptz,
    updated_at          timestamptz   not null default now(),
    unique (operation_id, township_code),
    check ((state = 'OPEN') or submitted_at is not null),
    check (state <> 'REWORK' or rework_reason is not null)
);
create index operation_task_township_idx on platform.operation_task (township_code, id desc);

-- The locations a township assigned to its task (its key locations, by their id in its schema), with the team sent
-- and the counts of the findings recorded there.
create table platform.operation_location (
    id                  bigint generated always as identity primary key,
    task_id             bigint        not null references platform.operation_task (id),
    operation_id        bigint        not null references platform.operation (id),
    county_code         varchar(12)   not null references platform.tenant (code),
    township_code       varchar(12)   not null references platform.tenant (code),
    location_id         bigint        not null,
    kind                varchar(24)   not null,
    name                varchar(100)  not null,
    unit_name           varchar(100)  not null,
    team                varchar(200)  not null,
    findings            int           not null default 0 check (findings >= 0),
    persons_checked     int           not null default 0 check (persons_checked >= 0),
    persons_registered  int           not null default 0 check (persons_registered >= 0),
    without_certificate int           not null default 0 check (without_certificate >= 0),
    referred            int           not null default 0 check (referred >= 0),
    houses_found        int           not null default 0 check (houses_found >= 0),
    done_on             date,
    unique (task_id, location_id)
);
comment on column platform.operation_location.location_id is 'The key location''s id in the township''s schema (t_<township_code>.key_location)';
create index operation_location_operation_idx on platform.operation_location (operation_id, township_code);

-- A liaison's finding at a township's location, waiting for the township to take it in. What it says about persons
-- and houses is sealed for the township (platform.Sealer) and erased once taken in; the counts stay in clear.
create table platform.liaison_finding (
    id                  bigint generated always as identity primary key,
    location_id         bigint        not null references platform.operation_location (id),
    operation_id        bigint        not null references platform.operation (id),
    county_code         varchar(12)   not null references platform.tenant (code),
    township_code       varchar(12)   not null references platform.tenant (code),
    department          varchar(24)   not null,
    recorded_by         varchar(64)   not null,
    recorded_by_name    varchar(100)  not null,
    recorded_at         timestamptz   not null default now(),
    found_on            date          not null,
    persons_checked     int           not null default 0 check (persons_checked >= 0),
    referred            int           not null default 0 check (referred >= 0),
    note                varchar(1000),
    payload_sealed      bytea,
    taken_at            timestamptz,
    taken_problem       varchar(500)
);
comment on column platform.liaison_finding.payload_sealed is
    'Persons and houses found, sealed (platform.Sealer) for context <township>/liaison_finding/<id>; erased once taken in';
create index liaison_finding_waiting_idx on platform.liaison_finding (township_code) where taken_at is null;
create index liaison_finding_location_idx on platform.liaison_finding (location_id);

-- Whether the tenant p_township is a ready township of the county p_county.
create function platform.is_township_of(p_township varchar, p_county varchar) returns boolean
    language sql stable security definer set search_path = platform, pg_temp as $$
    select exists (select 1 from platform.tenant t
                   where t.code = p_township and t.parent_code = p_county and t.kind = 'TOWNSHIP'
                     and t.status = 'READY')
$$;
-- Whether the tenant p_code is a county (only a county plans operations).
create function platform.is_county(p_code varchar) returns boolean
    language sql stable security definer set search_path = platform, pg_temp as $$
    select exists (select 1 from platform.tenant t where t.code = p_code and t.kind = 'COUNTY')
$$;
-- Whether the calling tenant (its role, as the break-the-glass functions read it) holds a task of the operation:
-- read past the task's row policy, for the operation's. It answers for the caller only, so that no tenant probes
-- which townships another county's operations went to.
create function platform.has_operation_task(p_operation bigint) returns boolean
    language sql stable security definer set search_path = platform, pg_temp as $$
    select current_setting('role') like 't\_%'
           and exists (select 1 from platform.operation_task k
                       where k.operation_id = p_operation
                         and k.township_code = substring(current_setting('role') from 3))
$$;
-- The state of an operation of the calling tenant's county or task (read past its row policy, for the policies of
-- the rows under it); null for any other, so that no tenant probes another county's operations.
create function platform.operation_state(p_operation bigint) returns varchar
    language sql stable security definer set search_path = platform, pg_temp as $$
    select o.state from platform.operation o
    where o.id = p_operation and current_setting('role') like 't\_%'
      and (o.county_code = substring(current_setting('role') from 3)
           or exists (select 1 from platform.operation_task k where k.operation_id = o.id
                      and k.township_code = substring(current_setting('role') from 3)))
$$;
revoke all on function platform.is_township_of(varchar, varchar) from public;
revoke all on function platform.has_operation_task(bigint) from public;
revoke all on function platform.operation_state(bigint) from public;
revoke all on function platform.is_county(varchar) from public;
grant execute on function platform.is_county(varchar) to gongguan_tenant;
grant execute on function platform.is_township_of(varchar, varchar) to gongguan_tenant;
grant execute on function platform.has_operation_task(bigint) to gongguan_tenant;
grant execute on function platform.operation_state(bigint) to gongguan_tenant;

-- Only the tenants' roles touch these rows: the runtime role, which got every platform table by default, gets none
-- (the re-seal of a liaison's finding runs per township, as its role).
revoke all on platform.operation, platform.operation_target, platform.operation_liaison, platform.operation_task,
    platform.operation_location, platform.liaison_finding from public, gongguan_runtime;
grant select, insert, update, delete on platform.operation to gongguan_tenant;
grant select, insert, delete on platform.operation_target, platform.operation_liaison to gongguan_tenant;
-- A task is published with its operation, county and township; its state and counts start as the defaults say.
grant select, insert (operation_id, county_code, township_code) on platform.operation_task to gongguan_tenant;
grant update (state, locations_total, locations_done, persons_checked, persons_registered, without_certificate,
              referred, houses_found, result_note, submitted_by, submitted_at, rework_reason, rework_by, rework_at,
              updated_at) on platform.operation_task to gongguan_tenant;
grant select, insert, delete on platform.operation_location to gongguan_tenant;
grant update (team, findings, persons_checked, persons_registered, without_certificate, referred, houses_found,
              done_on) on platform.operation_location to gongguan_tenant;
grant select, insert on platform.liaison_finding to gongguan_tenant;
grant update (payload_sealed, taken_at, taken_problem) on platform.liaison_finding to gongguan_tenant;
grant usage on sequence platform.operation_id_seq, platform.operation_task_id_seq,
    platform.operation_location_id_seq, platform.liaison_finding_id_seq to gongguan_tenant;

alter table platform.operation enable row level security;
alter table platform.operation_target enable row level security;
alter table platform.operation_liaison enable row level security;
alter table platform.operation_task enable row level security;
alter table platform.operation_location enable row level security;
alter table platform.liaison_finding enable row level security;

create policy operation_read on platform.operation for select to gongguan_tenant
    using (county_code = substring(current_user from 3)
           or (state <> 'DRAFT' and platform.has_operation_task(id)));
create policy operation_plan on platform.operation for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3) and state = 'DRAFT'
                and platform.is_county(county_code));
create policy operation_change on platform.operation for update to gongguan_tenant
    using (county_code = substring(current_user from 3) and state <> 'CLOSED')
    with check (county_code = substring(current_user from 3));
create policy operation_drop on platform.operation for delete to gongguan_tenant
    using (county_code = substring(current_user from 3) and state = 'DRAFT');

create policy operation_target_county on platform.operation_target to gongguan_tenant
    using (county_code = substring(current_user from 3))
    with check (county_code = substring(current_user from 3) and platform.is_township_of(township_code, county_code)
                and platform.operation_state(operation_id) = 'DRAFT');
create policy operation_liaison_county on platform.operation_liaison to gongguan_tenant
    using (county_code = substring(current_user from 3))
    with check (county_code = substring(current_user from 3) and platform.operation_state(operation_id) <> 'CLOSED'
                and exists (select 1 from platform.operation o
                            where o.id = operation_id and o.county_code = substring(current_user from 3)));

create policy operation_task_read on platform.operation_task for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy operation_task_publish on platform.operation_task for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3) and platform.is_township_of(township_code, county_code)
                and exists (select 1 from platform.operation o where o.id = operation_id
                            and o.county_code = substring(current_user from 3) and o.state = 'PUBLISHED')
                and exists (select 1 from platform.operation_target t where t.operation_id = operation_task.operation_id
                            and t.township_code = operation_task.township_code
                            and t.county_code = operation_task.county_code));
create policy operation_task_change on platform.operation_task for update to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code))
    with check (substring(current_user from 3) in (county_code, township_code));

create policy operation_location_read on platform.operation_location for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy operation_location_assign on platform.operation_location for insert to gongguan_tenant
    with check (township_code = substring(current_user from 3)
                and exists (select 1 from platform.operation_task k where k.id = task_id
                            and k.township_code = substring(current_user from 3)
                            and k.operation_id = operation_location.operation_id
                            and k.county_code = operation_location.county_code));
create policy operation_location_change on platform.operation_location for update to gongguan_tenant
    using (township_code = substring(current_user from 3))
    with check (township_code = substring(current_user from 3));
create policy operation_location_drop on platform.operation_location for delete to gongguan_tenant
    using (township_code = substring(current_user from 3) and findings = 0);

create policy liaison_finding_read on platform.liaison_finding for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy liaison_finding_record on platform.liaison_finding for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3) and taken_at is null
                and exists (select 1 from platform.operation_location l where l.id = liaison_finding.location_id
                            and l.operation_id = liaison_finding.operation_id
                            and l.township_code = liaison_finding.township_code
                            and l.county_code = substring(current_user from 3)));
create policy liaison_finding_take on platform.liaison_finding for update to gongguan_tenant
    using (township_code = substring(current_user from 3))
    with check (township_code = substring(current_user from 3));

-- Nothing under an operation changes once it is closed, and, under a published one, each side changes its own part:
-- the township its result and counts, the county its request for rework. The owner's own work (migrations, the
-- benchmarks) is not a tenant's and passes. The guard reads the operation's state under a share lock: the county's
-- close (an update of the operation's row) waits for the writes under way under it, and a write after the close
-- waits for it and then reads CLOSED — no write lands in an operation closed meanwhile.
create function platform.operation_rows_guard() returns trigger
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    me varchar := case when current_setting('role') like 't\_%' then substring(current_setting('role') from 3) end;
    operation bigint := case when tg_op = 'DELETE' then old.operation_id else new.operation_id end;
    row_state varchar;
begin
    if me is null then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    select o.state into row_state from platform.operation o where o.id = operation for share;
    if row_state is null then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if row_state = 'CLOSED' then
        raise exception 'operation % is closed', operation using errcode = 'GG001';
    end if;
    -- the liaisons are named in a draft or a published operation; the targets only in a draft; the rest only once
    -- published
    if tg_table_name <> 'operation_liaison' and (row_state = 'DRAFT') <> (tg_table_name = 'operation_target') then
        raise exception 'operation % is %', operation, lower(row_state) using errcode = 'GG001';
    end if;
    if tg_table_name = 'operation_task' and tg_op = 'UPDATE' then
        if me = old.township_code
           and ((new.rework_reason, new.rework_by, new.rework_at) is distinct from
                (old.rework_reason, old.rework_by, old.rework_at)
                or new.state = 'REWORK' and old.state <> 'REWORK') then
            raise exception 'a township does not ask itself for rework' using errcode = 'GG002';
        end if;
        if me = old.county_code
           and (new.state not in (old.state, 'REWORK') or new.state = 'REWORK' and old.state <> 'SUBMITTED'
                or (new.locations_total, new.locations_done, new.persons_checked, new.persons_registered,
                    new.without_certificate, new.referred, new.houses_found, new.result_note, new.submitted_by,
                    new.submitted_at) is distinct from
                   (old.locations_total, old.locations_done, old.persons_checked, old.persons_registered,
                    old.without_certificate, old.referred, old.houses_found, old.result_note, old.submitted_by,
                    old.submitted_at)) then
            raise exception 'the county asks for rework of a submitted result and changes nothing else'
                using errcode = 'GG002';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger operation_target_guard before insert or delete on platform.operation_target
    for each row execute function platform.operation_rows_guard();
create trigger operation_task_guard before insert or update on platform.operation_task
    for each row execute function platform.operation_rows_guard();
create trigger operation_location_guard before insert or update or delete on platform.operation_location
    for each row execute function platform.operation_rows_guard();
create trigger liaison_finding_guard before insert on platform.liaison_finding
    for each row execute function platform.operation_rows_guard();
create trigger operation_liaison_guard before insert or delete on platform.operation_liaison
    for each row execute function platform.operation_rows_guard();

-- A closed operation stays as it closed, and a published one is not taken back to a draft.
create function platform.operation_guard() returns trigger language plpgsql as $$
begin
    if current_setting('role') like 't\_%' and (old.state = 'CLOSED'
            or old.state = 'PUBLISHED' and new.state = 'DRAFT'
            or old.state <> 'DRAFT' and (new.starts_on, new.title, new.location_kinds, new.departments)
                                        is distinct from (old.starts_on, old.title, old.location_kinds,
                                                          old.departments)) then
        raise exception 'operation % may not change so', old.id using errcode = 'GG001';
    end if;
    return new;
end $$;
create trigger operation_guard before update on platform.operation
    for each row execute function platform.operation_guard();

--changeset gongguan:platform-080-supervision-visit splitStatements:false
-- Issue 14: the county's supervision visits (督导检查) of its townships' governance work, and the townships' answers.
-- A visit crosses tenants, so it lives here, enforced by the database like the exchange (platform-007): a row is read
-- by the county that recorded it and the township it is about only; a county records visits only of a township
-- directly below it (platform.is_township_of of platform-075 checks the tenant tree, which tenant roles cannot read); the
-- township writes only the answer's columns of its own rows (column grants), and nobody deletes a visit.
create table platform.supervision_visit (
    id             bigint generated always as identity primary key,
    county_code    varchar(12)   not null references platform.tenant (code),
    township_code  varchar(12)   not null references platform.tenant (code),
    visited_on     date          not null,
    findings       varchar(2000) not null check (length(btrim(findings)) > 0),
    rectification  varchar(2000) not null check (length(btrim(rectification)) > 0),
    rectify_by     date          not null,
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null default now(),
    rectified      varchar(2000),
    rectified_on   date,
    answered_by    varchar(64),
    answered_at    timestamptz,
    check (rectify_by >= visited_on),
    check ((rectified is null) = (rectified_on is null)
           and (rectified is null) = (answered_by is null)
           and (rectified is null) = (answered_at is null)),
    check (rectified_on is null or rectified_on >= visited_on)
);
comment on table platform.supervision_visit is
    '督导检查: a county''s supervision visit of one of its townships, the rectification asked and the township''s answer';
-- the county's list of one township's visits and its summary per township; the township's own list
create index supervision_visit_county_idx on platform.supervision_visit (county_code, township_code, visited_on desc);
create index supervision_visit_township_idx on platform.supervision_visit (township_code, visited_on desc);

-- Whether p_township is a ready township directly below p_county. Definer's rights: tenant roles do not read
-- platform.tenant; the policy passes its own checked county code.

revoke all on platform.supervision_visit from public, gongguan_runtime;
grant select on platform.supervision_visit to gongguan_tenant;
grant insert (county_code, township_code, visited_on, findings, rectification, rectify_by, recorded_by)
    on platform.supervision_visit to gongguan_tenant;
grant usage on sequence platform.supervision_visit_id_seq to gongguan_tenant;
grant update (rectified, rectified_on, answered_by, answered_at) on platform.supervision_visit to gongguan_tenant;
alter table platform.supervision_visit enable row level security;
create policy supervision_visit_read on platform.supervision_visit for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy supervision_visit_record on platform.supervision_visit for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3)
                and platform.is_township_of(township_code, county_code));
create policy supervision_visit_answer on platform.supervision_visit for update to gongguan_tenant
    using (township_code = substring(current_user from 3))
    with check (township_code = substring(current_user from 3));
-- A township answers a visit once: the answer stands as the county received it. For a tenant role (the setting
-- 'role' the transaction switched to) an answered visit is not changed again, so it is neither re-answered nor
-- un-answered, and an answer cannot be dated: answered_at is the database's time of the answer, and the day
-- rectified is no later than the county's today. answered_by is the application's user name (a tenant role serves
-- many users) and is fixed with the rest of the answer once set.
create function platform.supervision_visit_answered() returns trigger language plpgsql
    set search_path = pg_catalog, pg_temp set timezone = 'Asia/Shanghai' as $$
begin
    if current_setting('role') not like 't\_%' then
        return new;
    end if;
    if old.answered_at is not null then
        raise exception 'supervision visit % is answered already', old.id using errcode = 'check_violation';
    end if;
    if new.rectified is not null then
        if new.rectified_on > current_date then
            raise exception 'supervision visit %: rectified on a day to come', old.id using errcode = 'check_violation';
        end if;
        new.answered_at := now();
    end if;
    return new;
end $$;
create trigger supervision_visit_answered before update on platform.supervision_visit
    for each row execute function platform.supervision_visit_answered();

--changeset gongguan:platform-085-liaison-department
-- A department liaison (部门联络员) speaks for one department (reference.Department, never family planning, which is
-- the county's own office): required for a LIAISON account, none for any other.
alter table platform.app_user add column department varchar(24);
alter table platform.app_user add constraint app_user_liaison_department
    check ((role = 'LIAISON') = (department is not null) and department is distinct from 'FAMILY_PLANNING');

--changeset gongguan:platform-086-operation-changed-by
-- Who last changed an operation's plan and when: a stale edit of the plan is refused naming them.
alter table platform.operation add column changed_by varchar(64);
alter table platform.operation add column changed_at timestamptz;

--changeset gongguan:platform-076-operation-task-owes-figures splitStatements:false
-- Issue 14: the township's operation figures (governance.OperationFigures) count its tasks in the month their
-- operation was published and its results in the month submitted. A task published, or its state changed (submitted,
-- rework asked), marks its township's months as owed from the earliest month the change touches — the current month
-- for a publication, the month of a result submitted earlier for a rework — up to the current one, at most 12 back.
-- The counts a finding writes on the task are the township's own findings' figures, marked by its findings' table.
create function platform.owe_operation_figures() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform, pg_temp as $$
declare
    this_month date := date_trunc('month', clock_timestamp() at time zone 'Asia/Shanghai')::date;
    earliest   date := (this_month - interval '12 months')::date;
begin
    if TG_OP = 'INSERT' then
        insert into platform.figure_owed (tenant_code, period)
        select distinct n.township_code, to_char(this_month, 'YYYY-MM')
        from new_rows n join platform.tenant t on t.code = n.township_code and t.status = 'READY';
    else
        insert into platform.figure_owed (tenant_code, period)
        select c.township_code, to_char(m, 'YYYY-MM')
        from (select n.township_code,
                     min(least(coalesce(o.submitted_at, clock_timestamp()),
                               coalesce(n.submitted_at, clock_timestamp()))) as changed
              from new_rows n join old_rows o on o.id = n.id
              where (n.state, n.submitted_at) is distinct from (o.state, o.submitted_at)
              group by n.township_code) c
        join platform.tenant t on t.code = c.township_code and t.status = 'READY'
        cross join generate_series(greatest(date_trunc('month', c.changed at time zone 'Asia/Shanghai')::date,
                                            earliest), this_month, interval '1 month') m;
    end if;
    return null;
end $$;
create trigger operation_task_owes_figures_i after insert on platform.operation_task
    referencing new table as new_rows for each statement execute function platform.owe_operation_figures();
create trigger operation_task_owes_figures_u after update on platform.operation_task
    referencing new table as new_rows old table as old_rows
    for each statement execute function platform.owe_operation_figures();

--changeset gongguan:platform-090-assessment splitStatements:false
-- Issue 15: the year-end assessment (年终考核). The county keeps its scheme per year and the year's closing here; its
-- townships confirm their scorecards or object to a deduction, the county decides each objection and approves, and the
-- approved scorecards stay frozen. Cross-tenant path 7 (DESIGN.md), enforced here like the exchange: every row belongs
-- to one county and (but a scheme and a year) one township directly below it (platform.is_township_of); the county and
-- that township read it, nobody else. Scores themselves are computed from the rollups (path 1).

-- A scheme is never changed in place: each save is a new version, so that every scorecard names the version it was
-- computed with and a scheme in use keeps what the townships saw. The body is the readable file (YAML) itself.
create table platform.assessment_scheme (
    id          bigint generated always as identity primary key,
    county_code varchar(12)   not null references platform.tenant (code),
    year        integer       not null check (year between 2000 and 2100),
    version     integer       not null check (version > 0),
    body        text          not null check (length(body) <= 100000),
    note        varchar(500),
    saved_by    varchar(64)   not null,
    saved_at    timestamptz   not null default now(),
    unique (county_code, year, version)
);
comment on table platform.assessment_scheme is '考核方案: a county''s assessment scheme of a year, one row per version';

-- The year's closing: OPEN (scores live), REVIEW (the townships confirm or object), LOCKED (approved and frozen).
create table platform.assessment_year (
    county_code    varchar(12)  not null references platform.tenant (code),
    year           integer      not null check (year between 2000 and 2100),
    state          varchar(8)   not null default 'OPEN' check (state in ('OPEN', 'REVIEW', 'LOCKED')),
    scheme_version integer,
    changed_by     varchar(64)  not null,
    changed_at     timestamptz  not null default now(),
    reason         varchar(500),
    primary key (county_code, year),
    check ((state = 'LOCKED') = (scheme_version is not null))
);
comment on table platform.assessment_year is 'The closing of a county''s assessment year; reason: why it was last reopened';

create table platform.assessment_confirmation (
    county_code   varchar(12)  not null,
    year          integer      not null,
    township_code varchar(12)  not null references platform.tenant (code),
    score         numeric(7, 2) not null,
    confirmed_by  varchar(64)  not null,
    confirmed_at  timestamptz  not null default now(),
    primary key (county_code, year, township_code),
    foreign key (county_code, year) references platform.assessment_year (county_code, year)
);
comment on table platform.assessment_confirmation is 'A township''s confirmation of its scorecard, with the score it confirmed';

-- An objection to one deduction (the rule's counted item, e.g. feedback_late) of a township's scorecard; the county's
-- decision keeps its reason, and an upheld objection gives back the points the county decided (at most the deduction).
create table platform.assessment_objection (
    id              bigint generated always as identity primary key,
    county_code     varchar(12)   not null,
    year            integer       not null,
    township_code   varchar(12)   not null references platform.tenant (code),
    item            varchar(48)   not null,
    deducted        numeric(7, 2) not null check (deducted > 0),
    reason          varchar(1000) not null check (length(btrim(reason)) > 0),
    raised_by       varchar(64)   not null,
    raised_at       timestamptz   not null default now(),
    decision        varchar(8)    check (decision in ('UPHELD', 'REJECTED')),
    restored        numeric(7, 2),
    decision_reason varchar(1000),
    decided_by      varchar(64),
    decided_at      timestamptz,
    foreign key (county_code, year) references platform.assessment_year (county_code, year),
    check ((decision is null) = (decision_reason is null) and (decision is null) = (decided_by is null)
           and (decision is null) = (decided_at is null)),
    check ((decision = 'UPHELD') = (restored is not null)),
    check (restored is null or restored > 0 and restored <= deducted)
);
comment on table platform.assessment_objection is 'A township''s objection to a deduction and the county''s decision';
create index assessment_objection_year_idx on platform.assessment_objection (county_code, year, township_code);

-- The approved scorecards of a locked year, as approved: later changes of the records no longer move them.
create table platform.assessment_result (
    county_code    varchar(12)   not null,
    year           integer       not null,
    township_code  varchar(12)   not null references platform.tenant (code),
    scheme_version integer       not null,
    score          numeric(7, 2) not null,
    rank           integer       not null check (rank > 0),
    rating         varchar(12)   not null check (rating in ('COMMENDED', 'NONE', 'CRITICISED')),
    card           jsonb         not null,
    approved_at    timestamptz   not null default now(),
    primary key (county_code, year, township_code),
    foreign key (county_code, year) references platform.assessment_year (county_code, year)
);
comment on table platform.assessment_result is 'The scorecards a county approved for a year (card: the frozen lines)';

-- The state of the year, read past the row policies for the guards (the caller's county or township only).
create function platform.assessment_guard() returns trigger
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    me varchar := case when current_setting('role') like 't\_%' then substring(current_setting('role') from 3) end;
    year_state varchar;
begin
    if me is null then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    -- the county's approval (an update of the year's row) waits for a confirmation or objection under way, and one
    -- that comes after it reads the new state
    select y.state into year_state from platform.assessment_year y
    where y.county_code = case when tg_op = 'DELETE' then old.county_code else new.county_code end
      and y.year = case when tg_op = 'DELETE' then old.year else new.year end
    for share;
    -- approved scorecards are written with the lock and taken back only by reopening: none changes while locked
    if tg_table_name = 'assessment_result' then
        if (tg_op = 'INSERT') <> (year_state = 'LOCKED') then
            raise exception 'approved scorecards change only with the year''s lock' using errcode = 'GG003';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if year_state is distinct from 'REVIEW' then
        raise exception 'the assessment year is not under review' using errcode = 'GG003';
    end if;
    if tg_table_name = 'assessment_objection' and tg_op = 'UPDATE' then
        if old.decision is not null then
            raise exception 'objection % is decided already', old.id using errcode = 'GG003';
        end if;
        if (new.county_code, new.year, new.township_code, new.item, new.deducted, new.reason, new.raised_by,
            new.raised_at) is distinct from (old.county_code, old.year, old.township_code, old.item, old.deducted,
            old.reason, old.raised_by, old.raised_at) then
            raise exception 'an objection is decided, not rewritten' using errcode = 'GG003';
        end if;
        new.decided_at := now();
    end if;
    if tg_table_name = 'assessment_objection' and tg_op = 'INSERT' and exists (
            select 1 from platform.assessment_confirmation c where c.county_code = new.county_code
              and c.year = new.year and c.township_code = new.township_code) then
        raise exception 'the township confirmed its scorecard' using errcode = 'GG003';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger assessment_confirmation_guard before insert on platform.assessment_confirmation
    for each row execute function platform.assessment_guard();
create trigger assessment_objection_guard before insert or update on platform.assessment_objection
    for each row execute function platform.assessment_guard();
create trigger assessment_result_guard before insert or delete on platform.assessment_result
    for each row execute function platform.assessment_guard();

revoke all on platform.assessment_scheme, platform.assessment_year, platform.assessment_confirmation,
    platform.assessment_objection, platform.assessment_result from public, gongguan_runtime;
grant select, insert on platform.assessment_scheme to gongguan_tenant;
grant usage on sequence platform.assessment_scheme_id_seq to gongguan_tenant;
grant select, insert, update (state, scheme_version, changed_by, changed_at, reason) on platform.assessment_year
    to gongguan_tenant;
grant select, insert on platform.assessment_confirmation to gongguan_tenant;
grant select, insert (county_code, year, township_code, item, deducted, reason, raised_by)
    on platform.assessment_objection to gongguan_tenant;
grant update (decision, restored, decision_reason, decided_by, decided_at) on platform.assessment_objection
    to gongguan_tenant;
grant usage on sequence platform.assessment_objection_id_seq to gongguan_tenant;
grant select, insert, delete on platform.assessment_result to gongguan_tenant;

alter table platform.assessment_scheme enable row level security;
create policy assessment_scheme_read on platform.assessment_scheme for select to gongguan_tenant
    using (county_code = substring(current_user from 3)
           or platform.is_township_of(substring(current_user from 3), county_code));
create policy assessment_scheme_save on platform.assessment_scheme for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3) and platform.is_county(county_code));

alter table platform.assessment_year enable row level security;
create policy assessment_year_read on platform.assessment_year for select to gongguan_tenant
    using (county_code = substring(current_user from 3)
           or platform.is_township_of(substring(current_user from 3), county_code));
create policy assessment_year_open on platform.assessment_year for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3) and platform.is_county(county_code));
create policy assessment_year_change on platform.assessment_year for update to gongguan_tenant
    using (county_code = substring(current_user from 3))
    with check (county_code = substring(current_user from 3));

alter table platform.assessment_confirmation enable row level security;
create policy assessment_confirmation_read on platform.assessment_confirmation for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy assessment_confirmation_confirm on platform.assessment_confirmation for insert to gongguan_tenant
    with check (township_code = substring(current_user from 3)
                and platform.is_township_of(township_code, county_code));

alter table platform.assessment_objection enable row level security;
create policy assessment_objection_read on platform.assessment_objection for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy assessment_objection_raise on platform.assessment_objection for insert to gongguan_tenant
    with check (township_code = substring(current_user from 3)
                and platform.is_township_of(township_code, county_code));
create policy assessment_objection_decide on platform.assessment_objection for update to gongguan_tenant
    using (county_code = substring(current_user from 3))
    with check (county_code = substring(current_user from 3));

alter table platform.assessment_result enable row level security;
create policy assessment_result_read on platform.assessment_result for select to gongguan_tenant
    using (substring(current_user from 3) in (county_code, township_code));
create policy assessment_result_approve on platform.assessment_result for insert to gongguan_tenant
    with check (county_code = substring(current_user from 3)
                and platform.is_township_of(township_code, county_code));
create policy assessment_result_reopen on platform.assessment_result for delete to gongguan_tenant
    using (county_code = substring(current_user from 3));

--changeset gongguan:platform-091-exchange-verification-owed splitStatements:false
-- Issue 15: the recount now writes the verification answers on time and late too, so a verification request sent,
-- answered or closed marks the addressee's months as feedback does (the function of platform-066, for both kinds).
create or replace function platform.owe_exchange_figures() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform, pg_temp as $$
declare
    this_month date := date_trunc('month', clock_timestamp() at time zone 'Asia/Shanghai')::date;
    earliest   date := (this_month - interval '12 months')::date;
begin
    if TG_OP = 'INSERT' then
        insert into platform.figure_owed (tenant_code, period)
        select c.addressee_code, to_char(m, 'YYYY-MM')
        from (select n.addressee_code, min(n.sent_at) as changed from new_rows n
              where n.kind in ('FEEDBACK', 'VERIFICATION') group by n.addressee_code) c
        join platform.tenant t on t.code = c.addressee_code and t.kind <> 'COUNTY' and t.status = 'READY'
        cross join generate_series(greatest(date_trunc('month', c.changed at time zone 'Asia/Shanghai')::date,
                                            earliest), this_month, interval '1 month') m;
    else
        insert into platform.figure_owed (tenant_code, period)
        select c.addressee_code, to_char(m, 'YYYY-MM')
        from (select n.addressee_code,
                     min(least(case when n.answered_at is distinct from o.answered_at
                                    then least(n.answered_at, o.answered_at) end,
                               case when n.closed_at is distinct from o.closed_at
                                    then least(n.closed_at, o.closed_at) end)) as changed
              from new_rows n join old_rows o on o.id = n.id
              where n.kind in ('FEEDBACK', 'VERIFICATION') and (n.answered_at is distinct from o.answered_at
                                                                or n.closed_at is distinct from o.closed_at)
              group by n.addressee_code) c
        join platform.tenant t on t.code = c.addressee_code and t.kind <> 'COUNTY' and t.status = 'READY'
        cross join generate_series(greatest(date_trunc('month', c.changed at time zone 'Asia/Shanghai')::date,
                                            earliest), this_month, interval '1 month') m;
    end if;
    return null;
end $$;

--changeset gongguan:platform-092-exchange-late-references splitStatements:false
-- Issue 15: the county deducts points per late or overdue message of its townships and shows each deduction as a
-- reference without personal content. The messages are the sender's and the addressee's only (row-level security), so
-- the county's role reads them through this function: it answers only when the caller (the role its transaction
-- switched to) is the county directly above the township, and only the message's number, kind, month, due day and the
-- day answered. Its conditions are ExchangeFigures' (answered in the month after the due day; overdue at the end of
-- the month's counted day: its last day, or p_today for the current month).
create function platform.exchange_late_references(p_township varchar, p_indicator varchar, p_from date, p_to date,
                                                  p_today date)
    returns table (id bigint, kind varchar, month varchar, due_on date, answered_on date)
    language sql stable security definer set search_path = platform, pg_temp as $$
    with months as (
        select m::date as first, least((m + interval '1 month' - interval '1 day')::date, p_today) as as_of
        from generate_series(date_trunc('month', p_from), least(p_to, p_today), interval '1 month') m
        where current_setting('role') like 't\_%'
          and platform.is_township_of(p_township, substring(current_setting('role') from 3))
    )
    select e.id, e.kind, to_char(m.first, 'YYYY-MM'), e.due_on,
           case when e.answered_at < ((m.as_of + 1)::timestamp at time zone 'Asia/Shanghai')
                then (e.answered_at at time zone 'Asia/Shanghai')::date end
    from months m
    join platform.exchange_message e on e.addressee_code = p_township
    where (p_indicator in ('feedback_late', 'verification_late')
           and e.kind = case p_indicator when 'feedback_late' then 'FEEDBACK' else 'VERIFICATION' end
           and e.answered_at >= (m.first::timestamp at time zone 'Asia/Shanghai')
           and e.answered_at < ((m.first + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
           and (e.answered_at at time zone 'Asia/Shanghai')::date > e.due_on)
       or (p_indicator = 'feedback_overdue' and e.kind = 'FEEDBACK'
           and e.sent_at < ((m.as_of + 1)::timestamp at time zone 'Asia/Shanghai') and e.due_on < m.as_of
           and (e.answered_at is null or e.answered_at >= ((m.as_of + 1)::timestamp at time zone 'Asia/Shanghai'))
           and (e.closed_at is null or e.closed_at >= ((m.as_of + 1)::timestamp at time zone 'Asia/Shanghai')))
    order by 3, 4, 1
$$;
revoke all on function platform.exchange_late_references(varchar, varchar, date, date, date) from public;
grant execute on function platform.exchange_late_references(varchar, varchar, date, date, date) to gongguan_tenant;

--changeset gongguan:platform-093-active-days splitStatements:false
-- Issue 15: platform use (五反馈) counts the days a tenant's users left an audit event. Tenant roles cannot read the
-- audit trail, so the figure's source asks this function, which answers for the calling tenant (the role its
-- transaction switched to) only: no tenant learns another's days. Events of the system itself (provisioning) are no
-- use of the platform. Days are county days.
create function platform.active_days(p_from date, p_to date) returns integer
    language sql stable security definer set search_path = platform, pg_temp as $$
    select count(distinct (e.at at time zone 'Asia/Shanghai')::date)::integer from platform.audit_event e
    where current_setting('role') like 't\_%' and e.tenant_code = substring(current_setting('role') from 3)
      and e.actor <> 'system'
      and e.at >= (p_from::timestamp at time zone 'Asia/Shanghai')
      and e.at < ((p_to + 1)::timestamp at time zone 'Asia/Shanghai')
$$;
revoke all on function platform.active_days(date, date) from public;
grant execute on function platform.active_days(date, date) to gongguan_tenant;
-- The first event of a tenant on a county day marks that month as owed, so that a day of use counts even when the
-- month was counted earlier that day (later events of the day change nothing, and cost one index probe each).
create function platform.owe_active_days() returns trigger language plpgsql security definer
    set search_path = pg_catalog, platform, pg_temp as $$
begin
    insert into platform.figure_owed (tenant_code, period)
    select distinct n.tenant_code, to_char(n.at at time zone 'Asia/Shanghai', 'YYYY-MM') from new_rows n
    join platform.tenant t on t.code = n.tenant_code and t.kind <> 'COUNTY' and t.status = 'READY'
    where n.actor <> 'system'
      and not exists (select 1 from platform.audit_event e
                      where e.tenant_code = n.tenant_code and e.actor <> 'system' and e.id < n.id
                        and e.at >= (date_trunc('day', n.at at time zone 'Asia/Shanghai')
                                     at time zone 'Asia/Shanghai')
                        and e.at < ((date_trunc('day', n.at at time zone 'Asia/Shanghai') + interval '1 day')
                                    at time zone 'Asia/Shanghai'));
    return null;
end $$;
create trigger audit_event_owes_active_days after insert on platform.audit_event
    referencing new table as new_rows for each statement execute function platform.owe_active_days();

--changeset gongguan:platform-095-assessment-figures-owed
-- Issue 15 added figures (platform use, messages answered, the intra-county halves, verification answers, outflow
-- declarations, missing reports, open tasks) that the months counted before it never got: every ready township's and
-- committee's last thirteen months are owed once, so that the recount counts them with the new sources and no year
-- is scored as "nothing due" for want of a figure.
insert into platform.figure_owed (tenant_code, period)
select t.code, to_char(m, 'YYYY-MM')
from platform.tenant t
cross join generate_series(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '12 months',
                           date_trunc('month', now() at time zone 'Asia/Shanghai'), interval '1 month') m
where t.status = 'READY' and t.kind <> 'COUNTY';

--changeset gongguan:platform-096-assessment-year-guard splitStatements:false
-- The year's closing is decided by the database too, not only by the service: a year goes from OPEN to REVIEW, from
-- REVIEW to LOCKED with the scheme version it approved, and back from LOCKED to REVIEW only with a reason; a scheme
-- saves no new version into a locked year (the save waits for an approval under way and then reads LOCKED); and
-- reopening takes back the townships' confirmations with the frozen scorecards, so that each may confirm or object
-- again to what the reopened year will score.
create function platform.assessment_year_guard() returns trigger
    language plpgsql security definer set search_path = platform, pg_temp as $$
declare
    year_state varchar;
begin
    if current_setting('role') not like 't\_%' then
        return new;
    end if;
    if tg_table_name = 'assessment_scheme' then
        select y.state into year_state from platform.assessment_year y
        where y.county_code = new.county_code and y.year = new.year for share;
        if year_state = 'LOCKED' then
            raise exception 'the assessment year % is locked', new.year using errcode = 'GG003';
        end if;
        return new;
    end if;
    if tg_op = 'INSERT' then
        if new.state = 'LOCKED' then
            raise exception 'a year is locked only from review' using errcode = 'GG003';
        end if;
        return new;
    end if;
    if (old.county_code, old.year) is distinct from (new.county_code, new.year)
       or not ((old.state = 'OPEN' and new.state = 'REVIEW')
               or (old.state = 'REVIEW' and new.state = 'LOCKED')
               or (old.state = 'LOCKED' and new.state = 'REVIEW' and length(btrim(coalesce(new.reason, ''))) > 0)) then
        raise exception 'the assessment year may not go from % to %', old.state, new.state using errcode = 'GG003';
    end if;
    -- the reason of a reopening stands until the next approval (the audit trail keeps every one), so that each
    -- reopening gives its own
    if new.state = 'LOCKED' then
        new.reason := null;
    end if;
    new.changed_at := now();
    return new;
end $$;
create trigger assessment_year_guard before insert or update on platform.assessment_year
    for each row execute function platform.assessment_year_guard();
create trigger assessment_scheme_guard before insert on platform.assessment_scheme
    for each row execute function platform.assessment_year_guard();

grant delete on platform.assessment_confirmation to gongguan_tenant;
create policy assessment_confirmation_reopen on platform.assessment_confirmation for delete to gongguan_tenant
    using (county_code = substring(current_user from 3));
create trigger assessment_confirmation_reopen_guard before delete on platform.assessment_confirmation
    for each row execute function platform.assessment_guard();

--changeset gongguan:platform-097-certificate-answer splitStatements:false
-- Cross-tenant path 6 (DESIGN.md): other departments learn a certificate's state for an ID number, and nothing else.
-- The county's role asks under the person index's keyed hash; the function looks, as its owner, into the schema of
-- each tenant of that county holding the person: the certificates the township issued (certificate_issue) and the one
-- checked on an inflow person (person.certificate_*; one checked without its expiry day recorded counts for the usual
-- three years from the check). It answers the latest expiry day and — for the follow-up a "none" or "expired" answer
-- sends through the exchange — the unit where
-- the person lives (an inflow holding before the registration township) and the name it knows them by. Only a
-- county's role may call it, and only about its own tenants.
create function platform.certificate_answer(p_hash bytea)
    returns table (valid_until date, lives_in varchar, person_name varchar)
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_setting('role') from 3);
    holder record;
    expiry date;
    holder_name varchar;
    holder_rank int;
    found_rank int := 9;
begin
    if current_setting('role') not like 't\_%' or not platform.is_county(me) then
        raise exception 'certificate_answer is called by a county''s role';
    end if;
    for holder in select i.tenant_code, i.person_id, i.holding from platform.person_index i
                  where i.id_hash = p_hash and i.tenant_code like me || '%' order by i.tenant_code loop
        execute format($q$
            select greatest((select max(c.valid_until) from %1$I.certificate_issue c where c.person_id = p.id),
                            case when p.certificate_checked then coalesce(p.certificate_valid_until,
                                (p.certificate_checked_on + interval '3 years')::date) end),
                   p.name
            from %1$I.person p where p.id = $1$q$, 't_' || holder.tenant_code)
            into expiry, holder_name using holder.person_id;
        valid_until := greatest(valid_until, expiry);
        holder_rank := case when holder.holding in ('INFLOW', 'INTRA_COUNTY') then 1 else 2 end;
        if holder_name is not null and holder_rank < found_rank then
            found_rank := holder_rank;
            lives_in := holder.tenant_code;
            person_name := holder_name;
        end if;
    end loop;
    return next;
end $$;
revoke all on function platform.certificate_answer(bytea) from public;
grant execute on function platform.certificate_answer(bytea) to gongguan_tenant;

--changeset gongguan:platform-098-verifier-department
-- A department verifier (部门核验员, issue 16) speaks for a department too: required for a LIAISON or VERIFIER account,
-- none for any other.
alter table platform.app_user drop constraint app_user_liaison_department;
alter table platform.app_user add constraint app_user_department
    check ((role in ('LIAISON', 'VERIFIER')) = (department is not null) and department is distinct from 'FAMILY_PLANNING');

--changeset gongguan:platform-116-regional-cooperation splitStatements:false
-- Issue 16, item 5: regional cooperation (区域协作, policy 二(三)) — agreements of the county or a township with other
-- regions, the information bulletins exchanged under them and the joint meetings. Nothing personal is in them, and the
-- county sees all of its townships' (a new cross-tenant path, docs/architecture.md "Regional cooperation"), so they
-- live here, enforced by the database like the supervision visits (platform-080): a row is read by the unit that
-- recorded it (owner_code) and by the county directly above that township (platform.is_township_of), and written by its
-- unit only — a county or a township, never a residents' committee. Every child row names its agreement's owner through
-- a composite foreign key, so nothing is hung on another unit's agreement. The runtime role has no right at all.
create table platform.coop_file (
    id            bigint generated always as identity primary key,
    owner_code    varchar(12)  not null references platform.tenant (code),
    name          varchar(200) not null check (length(btrim(name)) > 0),
    content_type  varchar(100) not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size          integer      not null,
    data          bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now(),
    check (size = octet_length(data) and size between 1 and 5242880),
    unique (id, owner_code)
);
comment on table platform.coop_file is
    '区域协作: a signed agreement or a bulletin''s attachment (PDF or image, at most 5 MB), downloaded audited';
create table platform.coop_agreement (
    id           bigint generated always as identity primary key,
    owner_code   varchar(12)   not null references platform.tenant (code) check (length(owner_code) in (6, 9)),
    title        varchar(200)  not null check (length(btrim(title)) > 0),
    starts_on    date          not null,
    ends_on      date          not null,
    scope        varchar(2000) not null check (length(btrim(scope)) > 0),
    file_id      bigint,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null default now(),
    updated_by   varchar(64)   not null,
    updated_at   timestamptz   not null default now(),
    version      integer       not null default 0,
    check (ends_on >= starts_on),
    unique (id, owner_code),
    foreign key (file_id, owner_code) references platform.coop_file (id, owner_code)
);
comment on table platform.coop_agreement is '区域协作协议: an agreement of a county or township with other regions';
-- the unit's list by period; the county's list over its townships reads by owner too
create index coop_agreement_owner_idx on platform.coop_agreement (owner_code, ends_on desc);
create table platform.coop_party (
    agreement_id   bigint      not null,
    owner_code     varchar(12) not null,
    division_code  varchar(12) not null check (division_code ~ '^[0-9]{2,12}$'),
    primary key (agreement_id, division_code),
    foreign key (agreement_id, owner_code) references platform.coop_agreement (id, owner_code) on delete cascade
);
comment on table platform.coop_party is 'The other regions an agreement is with: GB/T 2260 division codes';
-- the filter by partner
create index coop_party_division_idx on platform.coop_party (division_code);
create table platform.coop_bulletin (
    id            bigint generated always as identity primary key,
    owner_code    varchar(12)   not null,
    agreement_id  bigint        not null,
    direction     varchar(16)   not null check (direction in ('SENT', 'RECEIVED')),
    partner_code  varchar(12)   not null check (partner_code ~ '^[0-9]{2,12}$'),
    sent_on       date          not null,
    title         varchar(100)  not null check (length(btrim(title)) > 0),
    text          varchar(4000) not null check (length(btrim(text)) > 0),
    file_id       bigint,
    message_id    bigint references platform.exchange_message (id),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null default now(),
    check ((direction = 'SENT') = (message_id is not null)),
    foreign key (agreement_id, owner_code) references platform.coop_agreement (id, owner_code),
    foreign key (file_id, owner_code) references platform.coop_file (id, owner_code)
);
comment on table platform.coop_bulletin is
    '信息通报: a bulletin sent to (through the exchange, message_id) or received from a partner of an agreement';
create index coop_bulletin_agreement_idx on platform.coop_bulletin (agreement_id, sent_on desc);
create table platform.coop_meeting (
    id             bigint generated always as identity primary key,
    owner_code     varchar(12)   not null,
    agreement_id   bigint        not null,
    held_on        date          not null,
    place          varchar(200)  not null check (length(btrim(place)) > 0),
    partner_codes  varchar(12)[] not null,
    attendees      varchar(1000) not null check (length(btrim(attendees)) > 0),
    decisions      varchar(4000) not null check (length(btrim(decisions)) > 0),
    follow_ups     varchar(2000),
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null default now(),
    version        integer       not null default 0,
    foreign key (agreement_id, owner_code) references platform.coop_agreement (id, owner_code)
);
comment on table platform.coop_meeting is '联席会议: a joint meeting held under an agreement';
create index coop_meeting_agreement_idx on platform.coop_meeting (agreement_id, held_on desc);

-- Whether the calling tenant reads a cooperation row of p_owner: its own, or its township's as the county above it.
create function platform.coop_readable(p_owner varchar) returns boolean language sql stable
    set search_path = platform, pg_temp as $$
    select p_owner = substring(current_user from 3)
        or platform.is_township_of(p_owner, substring(current_user from 3))
$$;
-- Whether the calling tenant writes a cooperation row of p_owner: its own, and only as a county or a township.
create function platform.coop_writable(p_owner varchar) returns boolean language sql stable
    set search_path = platform, pg_temp as $$
    select p_owner = substring(current_user from 3)
        and (platform.is_county(p_owner) or platform.is_township_of(p_owner, substring(p_owner for 6)))
$$;
revoke all on function platform.coop_readable(varchar) from public;
revoke all on function platform.coop_writable(varchar) from public;
grant execute on function platform.coop_readable(varchar) to gongguan_tenant;
grant execute on function platform.coop_writable(varchar) to gongguan_tenant;

revoke all on platform.coop_file, platform.coop_agreement, platform.coop_party, platform.coop_bulletin,
    platform.coop_meeting from public, gongguan_runtime;
revoke all on sequence platform.coop_file_id_seq, platform.coop_agreement_id_seq, platform.coop_bulletin_id_seq,
    platform.coop_meeting_id_seq from public, gongguan_runtime;
grant select, insert, delete on platform.coop_file, platform.coop_party to gongguan_tenant;
grant select, insert, update on platform.coop_agreement, platform.coop_meeting to gongguan_tenant;
-- a bulletin stands as it was sent or received
grant select, insert on platform.coop_bulletin to gongguan_tenant;
grant usage on sequence platform.coop_file_id_seq, platform.coop_agreement_id_seq, platform.coop_bulletin_id_seq,
    platform.coop_meeting_id_seq to gongguan_tenant;
alter table platform.coop_file enable row level security;
alter table platform.coop_agreement enable row level security;
alter table platform.coop_party enable row level security;
alter table platform.coop_bulletin enable row level security;
alter table platform.coop_meeting enable row level security;
create policy coop_file_read on platform.coop_file for select to gongguan_tenant
    using (platform.coop_readable(owner_code));
create policy coop_file_write on platform.coop_file for insert to gongguan_tenant
    with check (platform.coop_writable(owner_code));
create policy coop_file_delete on platform.coop_file for delete to gongguan_tenant
    using (platform.coop_writable(owner_code));
create policy coop_agreement_read on platform.coop_agreement for select to gongguan_tenant
    using (platform.coop_readable(owner_code));
create policy coop_agreement_write on platform.coop_agreement for insert to gongguan_tenant
    with check (platform.coop_writable(owner_code));
create policy coop_agreement_change on platform.coop_agreement for update to gongguan_tenant
    using (platform.coop_writable(owner_code)) with check (platform.coop_writable(owner_code));
create policy coop_party_read on platform.coop_party for select to gongguan_tenant
    using (platform.coop_readable(owner_code));
create policy coop_party_write on platform.coop_party for insert to gongguan_tenant
    with check (platform.coop_writable(owner_code));
create policy coop_party_delete on platform.coop_party for delete to gongguan_tenant
    using (platform.coop_writable(owner_code));
create policy coop_bulletin_read on platform.coop_bulletin for select to gongguan_tenant
    using (platform.coop_readable(owner_code));
create policy coop_bulletin_write on platform.coop_bulletin for insert to gongguan_tenant
    with check (platform.coop_writable(owner_code));
create policy coop_meeting_read on platform.coop_meeting for select to gongguan_tenant
    using (platform.coop_readable(owner_code));
create policy coop_meeting_write on platform.coop_meeting for insert to gongguan_tenant
    with check (platform.coop_writable(owner_code));
create policy coop_meeting_change on platform.coop_meeting for update to gongguan_tenant
    using (platform.coop_writable(owner_code)) with check (platform.coop_writable(owner_code));

--changeset gongguan:platform-108-person-index-holder splitStatements:false
-- Issue 16, police stations' monthly reports: a row about a person another township holds as living there (inflow,
-- intra-county, or one of its own outflow persons back home) is refused at the cell, so that a police station's report
-- does not register a second time someone another township manages. Part of cross-tenant path 3 (the person index):
-- the calling tenant learns, for a keyed hash of an ID number it already holds in hand, only which other tenant holds
-- the person so — never how, nor any record. Someone another township holds as away (OUTFLOW) is not named: their
-- arrival here is the meeting the index is for.
create function platform.person_index_living_elsewhere(p_hash bytea)
    returns varchar language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_setting('role') from 3);
begin
    -- a township's or committee's police report asks about the units of its own county only
    if current_setting('role') not like 't\_%' or not platform.is_tenant(me) or length(me) < 9 then
        raise exception 'person_index_living_elsewhere is called by a township''s or committee''s role';
    end if;
    return (select i.tenant_code from platform.person_index i
            where i.id_hash = p_hash and i.tenant_code <> me and i.tenant_code like substring(me for 6) || '%'
              and i.holding in ('INFLOW', 'INTRA_COUNTY', 'RETURNED')
            order by i.tenant_code limit 1);
end $$;
revoke all on function platform.person_index_living_elsewhere(bytea) from public;
grant execute on function platform.person_index_living_elsewhere(bytea) to gongguan_tenant;

--changeset gongguan:platform-100-api-token splitStatements:false
-- Issue 16: the API tokens (接口令牌) with which other departments' own systems ask for a certificate's state
-- (DESIGN.md cross-tenant path 6, GET /api/v1/certificates/{idNumber}). A token belongs to a county and one department;
-- only the SHA-256 of its secret is kept (the secret is 320 random bits, so no slow hash is needed), with a short
-- non-secret hint (its first characters) to tell tokens apart. The county's system administrator keeps its tokens in
-- the county's own tenant transaction, as the county's role: row-level security shows and changes only the county's
-- own rows, and no tenant role may read the hashes (column grants). The runtime role has no right on the table at
-- all: a request of the API finds its token only through platform.api_token_caller below, by the hash of what it
-- presented, and learns only an active token's id, county, department, name and limit.
create table platform.api_token (
    id           bigint generated always as identity primary key,
    county_code  varchar(12)  not null references platform.tenant (code),
    department   varchar(16)  not null check (department <> 'FAMILY_PLANNING'),
    name         varchar(60)  not null check (length(btrim(name)) > 0),
    hint         varchar(16)  not null,
    secret_hash  bytea        not null unique check (length(secret_hash) = 32),
    per_minute   int          check (per_minute between 1 and 1000000),
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    rotated_by   varchar(64),
    rotated_at   timestamptz,
    revoked_by   varchar(64),
    revoked_at   timestamptz,
    last_used_at timestamptz,
    version      int          not null default 0,
    check ((rotated_by is null) = (rotated_at is null)),
    check ((revoked_by is null) = (revoked_at is null))
);
comment on table platform.api_token is
    'API tokens of other departments'' systems for the certificate verification: hashed secrets, per county';
comment on column platform.api_token.secret_hash is 'SHA-256 of the secret (never stored in clear)';
comment on column platform.api_token.hint is 'The secret''s first characters (prefix ggc_ and six more), not secret';
-- the names of a county's active tokens tell them apart (the audit trail names the token by it)
create unique index api_token_active_name_idx on platform.api_token (county_code, name) where revoked_at is null;

revoke all on platform.api_token from public, gongguan_runtime;
grant select (id, county_code, department, name, hint, per_minute, created_by, created_at, rotated_by, rotated_at,
              revoked_by, revoked_at, last_used_at, version) on platform.api_token to gongguan_tenant;
grant insert (county_code, department, name, hint, secret_hash, per_minute, created_by)
    on platform.api_token to gongguan_tenant;
grant update (hint, secret_hash, rotated_by, rotated_at, revoked_by, revoked_at, version)
    on platform.api_token to gongguan_tenant;
grant usage on sequence platform.api_token_id_seq to gongguan_tenant;
alter table platform.api_token enable row level security;
create policy api_token_county on platform.api_token for all to gongguan_tenant
    using (county_code = substring(current_user from 3) and platform.is_county(county_code))
    with check (county_code = substring(current_user from 3) and platform.is_county(county_code));

-- A revoked token stays revoked: it is neither rotated nor revived (a new token is created instead).
create function platform.api_token_guard() returns trigger language plpgsql
    set search_path = pg_catalog, pg_temp as $$
begin
    if old.revoked_at is not null then
        raise exception 'API token % is revoked', old.id using errcode = 'GGT01';
    end if;
    return new;
end $$;
create trigger api_token_guard before update on platform.api_token
    for each row execute function platform.api_token_guard();

-- The active token whose secret hashes to p_hash: id, county, department, name and limit, nothing else (no row for
-- an unknown, rotated-away or revoked secret). Its last use is stamped at most once a minute, so that a busy token
-- does not write its row on every request.
create function platform.api_token_caller(p_hash bytea)
    returns table (id bigint, county_code varchar, department varchar, name varchar, per_minute int)
    language plpgsql security definer set search_path = platform, pg_temp as $$
begin
    update platform.api_token t set last_used_at = now()
        where t.secret_hash = p_hash and t.revoked_at is null
          and (t.last_used_at is null or t.last_used_at < now() - interval '1 minute');
    return query select t.id, t.county_code, t.department, t.name, t.per_minute from platform.api_token t
        where t.secret_hash = p_hash and t.revoked_at is null;
end $$;
revoke all on function platform.api_token_caller(bytea) from public;
grant execute on function platform.api_token_caller(bytea) to gongguan_runtime;


--changeset gongguan:platform-099-certificate-follow-ups-unread-by-the-county splitStatements:false
-- A certificate verification's follow-up (a 协查 of topic CERTIFICATE the county sends to the unit where the person
-- lives, CertificateVerification) names the person: the county stands as its sender for the deadline and the
-- escalation, but like every parent it reads no person's record of its units (DESIGN.md), so its role does not read
-- these rows; the unit they are addressed to reads and answers them as any other. Whether one is still open about a
-- person — so that a person checked at several counters is followed up once — the county asks
-- certificate_follow_up_open, which tells nothing else.
drop policy exchange_message_read on platform.exchange_message;
create policy exchange_message_read on platform.exchange_message for select to gongguan_tenant
    using (substring(current_user from 3) = addressee_code
           or (substring(current_user from 3) = sender_code
               and not (kind = 'VERIFICATION' and topic = 'CERTIFICATE' and length(sender_code) = 6)));
create function platform.certificate_follow_up_open(p_addressee varchar, p_id_number varchar) returns boolean
    language plpgsql stable security definer set search_path = platform, pg_temp as $$
declare
    me varchar := substring(current_setting('role') from 3);
begin
    if current_setting('role') not like 't\_%' or not platform.is_county(me) then
        raise exception 'certificate_follow_up_open is called by a county''s role';
    end if;
    return exists (select 1 from platform.exchange_message
                   where sender_code = me and addressee_code = p_addressee and id_number = p_id_number
                     and kind = 'VERIFICATION' and topic = 'CERTIFICATE' and thread_id is null
                     and answered_at is null and closed_at is null);
end $$;
revoke all on function platform.certificate_follow_up_open(varchar, varchar) from public;
grant execute on function platform.certificate_follow_up_open(varchar, varchar) to gongguan_tenant;
