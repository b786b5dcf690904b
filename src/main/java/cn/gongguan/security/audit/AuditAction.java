package cn.gongguan.security.audit;

import cn.gongguan.platform.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What an audit event records. */
public enum AuditAction implements Labelled {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    /** A login refused because the account is locked or disabled. */
    LOGIN_REFUSED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    /** An account created (pending until its role is granted). */
    USER_CREATED,
    /** A role granted: a pending account activated with the role asked for, or another. */
    ROLE_GRANTED,
    /** Another role asked for an account: pending until a security administrator grants it. */
    ROLE_REQUESTED,
    USER_DISABLED,
    /** A disabled account's re-enabling asked for: pending again until its role is granted. */
    USER_ENABLED,
    PASSWORD_CHANGED,
    /** A password reset by the security administrator to a one-time password. */
    PASSWORD_RESET,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_RESET,
    /** A login with a recovery code instead of the second factor's code (the phone may be lost). */
    RECOVERY_CODE_USED,
    /** A unit's security settings changed (the second factor required of all its accounts). */
    UNIT_SECURITY_CHANGED,
    /** The audit trail read; the detail says which part. */
    AUDIT_READ,
    /** Account changes acknowledged by the audit administrator. */
    NOTICES_ACKNOWLEDGED,
    /** A year of the official working-day calendar entered. */
    CALENDAR_PUBLISHED,
    /** A change of a year already entered, waiting for the security administrator's approval. */
    CALENDAR_CHANGE_REQUESTED,
    /** A change of a year approved: its days replaced by those requested. */
    CALENDAR_CHANGE_APPROVED,
    CALENDAR_CHANGE_REJECTED,
    PERSON_CREATED,
    PERSON_CHANGED,
    /** The registry list about to be written to an Excel file (with full ID numbers): who, filter, count, reason. */
    PERSONS_EXPORTED,
    /** An export written to its end. */
    PERSONS_EXPORT_COMPLETED,
    /** An export that failed or was cancelled while being written. */
    PERSONS_EXPORT_ABORTED,
    /** Persons imported from an Excel file. */
    PERSONS_IMPORTED,
    /** A step of the five-step method recorded for a person. */
    STEP_RECORDED,
    FOLLOW_UP_SCHEDULED,
    /** One of a person's four archives written (for the sensitive one: its sealed content replaced). */
    ARCHIVE_SAVED,
    /** Sensitive personal information opened; the detail says which archive and why. */
    SENSITIVE_READ,
    /** A message sent to another place through the exchange. */
    MESSAGE_SENT,
    MESSAGE_ANSWERED,
    /** The contact printed on service cards changed. */
    CONTACT_CHANGED,
    /** A rental house registered or changed. */
    HOUSE_SAVED,
    HOUSE_WITHDRAWN,
    /** A landlord's monthly report recorded. */
    REPORT_RECORDED,
    /** A monthly report corrected; the earlier version is kept. */
    REPORT_CORRECTED,
    /** A rental-house sweep recorded with its findings. */
    SWEEP_RECORDED,
    /** An outflow trip declared (外出登记), changed, or closed by the person's return (返回注销). */
    OUTFLOW_DEPARTED,
    OUTFLOW_CHANGED,
    OUTFLOW_RETURNED,
    /** A six-ones record saved (association, contract, certificate, health service); the detail names which. */
    SIX_ONES_SAVED,
    /** A contraceptive measure (sealed) recorded or changed. */
    MEASURE_SAVED,
    /** An information officer's report (信息员上报) submitted, forwarded by the village, returned with a reason, accepted. */
    OFFICER_REPORT_SUBMITTED,
    OFFICER_REPORT_FORWARDED,
    OFFICER_REPORT_RETURNED,
    OFFICER_REPORT_ACCEPTED,
    /** A person on a monthly re-check list marked; the township's due day of the re-check set. */
    RECHECK_MARKED,
    RECHECK_DUE_DAY_SET,
    /** The audit trail's hash chains verified; the detail gives the outcome (the first broken link, if any). */
    AUDIT_CHAIN_VERIFIED,
    /** A village group entered, renamed or deactivated by the township administrator; the detail says which. */
    GROUP_CHANGED,
    /** An incentive given to an outflow person; the detail says which, and the amount reimbursed. */
    INCENTIVE_GIVEN,
    /** An outflow list imported; the detail counts the trips added, closed, already there and rejected. */
    OUTFLOW_IMPORTED,
    /** A thread of the exchange closed by its sender. */
    MESSAGE_CLOSED,
    /** A notice (通报) opened by a user of its addressee: its read receipt. */
    NOTICE_READ,
    /** The county's time limit of verification requests of one urgency changed; the detail gives old and new. */
    TIME_LIMIT_CHANGED,
    /** The unit's outbox exported to the national platform as a batch; the detail names its messages and the reason. */
    NATIONAL_EXPORTED,
    /** A batch's file (with notes and answers in clear) downloaded; the detail gives the format and the reason. */
    NATIONAL_DOWNLOADED,
    /** A file of the national platform imported; the detail counts requests, replies and receipts taken and refused. */
    NATIONAL_IMPORTED,

    /** The person index met an outflow with an inflow of the same person and opened feedback tasks (issue 12). */
    PERSONS_MET,
    /** A list of the exchange exported to Excel as shown (masked ID numbers, no sealed text); the detail says which. */
    MESSAGES_EXPORTED,
    /** Break-the-glass (紧急查阅): a county user opened one person's record of a unit, why and until when. */
    GLASS_OPENED,
    /** A record read under a break-the-glass access; in the county's trail and the unit's. */
    GLASS_READ,
    /** Break-the-glass asked for an ID number the unit does not hold: nothing opened, the search kept (masked). */
    GLASS_REFUSED,
    /** A county recorded a supervision visit (督导检查) of a township, with the rectification it asked for (issue 14). */
    SUPERVISION_RECORDED,
    /** A township answered a supervision visit's rectification: what it rectified and when. */
    SUPERVISION_ANSWERED,
    /** A key location (重点场所) of the township added or changed. */
    KEY_LOCATION_SAVED,
    /** A key location retired: it leaves the lists, operations keep referring to it. */
    KEY_LOCATION_RETIRED,
    /** A key-location list imported; the detail counts the rows added, updated, unchanged and rejected. */
    KEY_LOCATIONS_IMPORTED,
    /** The periodic sweep plan of the rental houses set, changed or removed; the detail says how. */
    SWEEP_PLAN_SAVED,
    /** A key location assigned to the township's task of a joint operation, with its team; or its team changed. */
    OPERATION_LOCATION_ASSIGNED,
    /** A location without findings taken off the township's task of a joint operation. */
    OPERATION_LOCATION_UNASSIGNED,
    /** A finding recorded at a location of a joint operation; the detail gives its counts and who recorded it. */
    OPERATION_FINDING_RECORDED,
    /** The township's result of a joint operation submitted to the county. */
    OPERATION_TASK_SUBMITTED,
    /** A person of a liaison's finding the registry refused marked as registered by hand (or dealt with). */
    OPERATION_PROBLEM_SETTLED,
    /** A department liaison recorded a finding at a township's location (in the county's trail). */
    LIAISON_FINDING_RECORDED,
    /** A liaison's finding the township could not take in; the detail says why, without personal data. */
    LIAISON_FINDING_FAILED,
    /** A liaison's finding the township could not take in tried again by its staff. */
    LIAISON_FINDING_RETRIED,
    /** A liaison's finding the township could not take in discarded by its staff: what it said is erased. */
    LIAISON_FINDING_DISCARDED,
    /** A joint operation (联合清理) planned as a draft by the county (issue 14); the detail gives its title. */
    OPERATION_PLANNED,
    /** A joint operation's plan changed: a draft's, or a published one's end day, lead, instructions or liaisons. */
    OPERATION_CHANGED,
    OPERATION_DELETED,
    /** A joint operation published: each target township received its task; the detail counts them. */
    OPERATION_PUBLISHED,
    /** A township asked to rework its result of a joint operation; the detail names it and says why. */
    OPERATION_REWORK_ASKED,
    OPERATION_CLOSED,
    /** A joint operation's closing report exported to Excel or printed. */
    OPERATION_REPORTED,
    /** A county saved a new version of a year's assessment scheme (issue 15), typed or imported from a file. */
    ASSESSMENT_SCHEME_SAVED,
    /** A county opened a year's scorecards to its townships' review (confirm or object). */
    ASSESSMENT_REVIEW_OPENED,
    /** A township confirmed its scorecard, with the score it confirmed. */
    ASSESSMENT_CONFIRMED,
    /** A township objected to a deduction of its scorecard; the detail names it and says why. */
    ASSESSMENT_OBJECTED,
    /** A county decided a township's objection: upheld with the points given back, or rejected, and why. */
    ASSESSMENT_OBJECTION_DECIDED,
    /** A county approved a year's scorecards: the year is locked with the scores frozen as approved. */
    ASSESSMENT_APPROVED,
    /** A county reopened a locked year; the detail says why. */
    ASSESSMENT_REOPENED,
    /** The ranking or scorecards exported to Excel, or the notice (通报) printed. */
    ASSESSMENT_REPORTED,
    // issue 16, item 4: enterprises (用工环节)
    /** An enterprise registered or its details changed. */
    ENTERPRISE_SAVED,
    /** An enterprise's staff list imported; the detail says how many rows did what. */
    ENTERPRISE_STAFF_IMPORTED,
    /** A task given to an enterprise's family-planning contact. */
    ENTERPRISE_TASK_GIVEN,
    /** An enterprise's task recorded as done. */
    ENTERPRISE_TASK_DONE,
    /**
     * Another department asked for a certificate's state (issue 16, on the page or through the API): the subject is
     * the masked ID number, the detail the department, the channel and the answer.
     */
    CERTIFICATE_VERIFIED,
    // issue 16, item 6: the one-stop counter
    /** A service given at the one-stop counter recorded in its log; the detail names the service. */
    COUNTER_SERVED,

    // issue 16, item 5: regional cooperation (区域协作)
    /** An agreement with other regions recorded or changed (its signed file replaced too). */
    COOPERATION_AGREEMENT_SAVED,
    /** An agreement's signed file or a bulletin's attachment downloaded. */
    COOPERATION_FILE_DOWNLOADED,
    /** A bulletin sent to a partner, through the exchange or the national platform's outbox. */
    COOPERATION_BULLETIN_SENT,
    /** A bulletin received from a partner recorded. */
    COOPERATION_BULLETIN_RECEIVED,
    /** A joint meeting recorded or corrected. */
    COOPERATION_MEETING_SAVED,

    // issue 16, item 3: police stations' monthly reports
    /** A township registered or changed a police station covering it, or marked it no longer reporting. */
    POLICE_STATION_SAVED,
    /** A police station's monthly report imported from a file; the detail counts what its rows did. */
    POLICE_REPORT_IMPORTED,
    /** Rows of a police station's monthly report typed in (or the report received with no rows). */
    POLICE_REPORT_RECORDED,

    // issue 16, item 2 (API): the departments' API tokens and the requests they refuse
    /** An API token created for a department by the county's system administrator; the detail names it. */
    API_TOKEN_CREATED,
    /** An API token given a new secret: the old one is refused from then on. */
    API_TOKEN_ROTATED,
    /** An API token revoked for good. */
    API_TOKEN_REVOKED,
    /** A request of the API refused: no token, or an unknown, rotated-away or revoked one (its first characters). */
    API_TOKEN_REFUSED;

    /** The account changes the audit administrator is shown as notices until acknowledged. */
    public static final Set<AuditAction> ACCOUNT_CHANGES = Collections.unmodifiableSet(EnumSet.of(USER_CREATED,
            ROLE_REQUESTED, ROLE_GRANTED, USER_DISABLED, USER_ENABLED, ACCOUNT_UNLOCKED, PASSWORD_RESET,
            SECOND_FACTOR_RESET, RECOVERY_CODE_USED, UNIT_SECURITY_CHANGED));

    @Override
    public String labelKey() {
        return "audit.action." + name();
    }
}
