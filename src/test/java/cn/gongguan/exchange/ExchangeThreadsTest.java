package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.Sex;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Verification requests, follow-ups, closings and notices through the exchange service: each answered as its kind asks,
 * counted on time or late for the answering unit, refused with the reason at the field, and out of any third unit's
 * reach.
 */
class ExchangeThreadsTest extends UiTest {

    static final String CHENGGUAN = "621227100";
    static final String FUJIA = "621227101";
    static final String BEIJIE = "621227100001";

    @Autowired
    Exchange exchange;
    @Autowired
    TimeLimits timeLimits;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Today today;

    static String idNumber(int day) {
        return PersonFixtures.newIdNumber(LocalDate.of(1990, 3, day), Sex.FEMALE);
    }

    long askFujia(String name) {
        login("chengguan.staff", HomeView.class);
        long id = exchange.ask(FUJIA, name, idNumber(5), VerificationTopic.RESIDENCE, Urgency.URGENT, "是否仍在伏家镇居住");
        logout();
        return id;
    }

    long rollup(String tenant, String indicator) {
        return asOwner().sql("select coalesce(sum(value), 0) from platform.rollup where tenant_code = ? and indicator = ?"
                        + " and period = ?")
                .params(tenant, indicator, today.month().toString()).query(Long.class).single();
    }

    @Nested
    class Asking {

        @Test
        void badInputIsRefusedAtItsField() {
            login("chengguan.staff", HomeView.class);
            assertThatThrownBy(() -> exchange.ask(FUJIA, "王芳", "621227199001010024", VerificationTopic.RESIDENCE,
                    Urgency.URGENT, null)).as("check character wrong (GB 11643)")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idNumber"));
            assertThatThrownBy(() -> exchange.ask(CHENGGUAN, "王芳", idNumber(1), VerificationTopic.RESIDENCE,
                    Urgency.URGENT, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("addressee");
                        assertThat(e.messageKey()).isEqualTo("exchange.addressee.self");
                    });
            assertThatThrownBy(() -> exchange.ask("999999999", "王芳", idNumber(1), VerificationTopic.RESIDENCE,
                    Urgency.URGENT, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("addressee"));
            assertThatThrownBy(() -> exchange.ask(FUJIA, "王芳", idNumber(1), VerificationTopic.OTHER, Urgency.URGENT,
                    " ")).as("OTHER says in the note what it is")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
            assertThatThrownBy(() -> exchange.ask(FUJIA, "王芳", idNumber(1), null, Urgency.URGENT, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("topic"));
        }

        @Test
        void aRequestIsDueByTheCountysLimitOfItsUrgency() {
            login("chengguan.staff", HomeView.class);
            long id = exchange.ask(FUJIA, "限时协查", idNumber(2), VerificationTopic.CERTIFICATE, Urgency.PRIORITY, null);
            Message asked = exchange.find(id).orElseThrow();
            assertThat(asked.kind()).isEqualTo(MessageKind.VERIFICATION);
            assertThat(asked.due()).isEqualTo(timeLimits.due(Urgency.PRIORITY, today.date()));
            assertThat(asked.escalateOn()).isEqualTo(exchange.escalation(asked.due()));
            assertThat(asked.hasNote()).isFalse();
        }

        @Test
        void aRequestToAPlaceOutsideTheSystemWaitsInTheOutbox() {
            login("chengguan.staff", HomeView.class);
            // 兰州市城关区酒泉路街道: a township-level division of China, not a unit of this system
            String lanzhou = "620102001";
            long id = exchange.ask(lanzhou, "外地协查", idNumber(3), VerificationTopic.RESIDENCE, Urgency.NORMAL, null);
            assertThat(exchange.find(id).orElseThrow().outboxState()).isEqualTo(OutboxState.WAITING);
        }
    }

    @Nested
    class Threads {

        @Test
        void askAnswerFollowUpAnswerClose() {
            long asked = askFujia("线程协查");
            login("fujia.staff", HomeView.class);
            long onTime = rollup(FUJIA, Exchange.VERIFICATION_ON_TIME);
            assertThatThrownBy(() -> exchange.answer(asked, null, "只写了文字"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("result"));
            assertThatThrownBy(() -> exchange.answer(asked, FeedbackOutcome.VERIFIED, "错的结果类型"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("result"));
            assertThatThrownBy(() -> exchange.answer(asked, VerificationResult.OTHER, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("answer"));
            exchange.answer(asked, VerificationResult.CONFIRMED, null);
            Message answered = exchange.incoming(asked).orElseThrow();
            assertThat(answered.result()).isEqualTo("CONFIRMED");
            assertThat(answered.hasAnswerText()).isFalse();
            assertThat(rollup(FUJIA, Exchange.VERIFICATION_ON_TIME)).as("answered on time").isEqualTo(onTime + 1);
            assertThatThrownBy(() -> exchange.answer(asked, VerificationResult.DIFFERS, "再答"))
                    .isInstanceOfSatisfying(StaleEditException.class, e -> {
                        assertThat(e.savedBy()).isEqualTo("fujia.staff");
                        assertThat(e.savedAt()).isEqualTo(answered.answeredAt());
                    });
            assertThatThrownBy(() -> exchange.followUp(asked, "addressee cannot follow up"))
                    .isInstanceOf(AccessDeniedException.class);
            logout();

            login("chengguan.staff", HomeView.class);
            assertThatThrownBy(() -> exchange.followUp(asked, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
            long followUp = exchange.followUp(asked, "请提供现住址门牌号");
            Message second = exchange.find(followUp).orElseThrow();
            assertThat(second.threadId()).isEqualTo(asked);
            assertThat(second.kind()).isEqualTo(MessageKind.VERIFICATION);
            assertThat(second.addressee()).isEqualTo(FUJIA);
            assertThat(second.urgency()).isEqualTo(Urgency.URGENT);
            logout();

            login("fujia.staff", HomeView.class);
            exchange.answer(followUp, VerificationResult.OTHER, "住李尧村三组 12 号");
            logout();

            login("chengguan.staff", HomeView.class);
            long unanswered = exchange.followUp(asked, "是否有子女随行");
            exchange.close(asked);
            assertThatThrownBy(() -> exchange.close(asked)).isInstanceOfSatisfying(StaleEditException.class,
                    e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
            assertThatThrownBy(() -> exchange.followUp(asked, "关闭后再问"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
            List<Message> thread = exchange.thread(unanswered);
            assertThat(thread).extracting(Message::id).containsExactly(asked, followUp, unanswered);
            assertThat(thread).as("the follow-ups close with their root").allSatisfy(m -> assertThat(m.isClosed()).isTrue());
            logout();

            login("fujia.staff", HomeView.class);
            assertThatThrownBy(() -> exchange.answer(unanswered, VerificationResult.CONFIRMED, "关闭后答复"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("answer");
                        assertThat(e.messageKey()).isEqualTo("exchange.thread.closed");
                    });
            assertThat(exchange.list(Exchange.Box.INCOMING, new Exchange.Filter(null, Message.State.CLOSED, null, null),
                    0, 1000)).extracting(Message::id).contains(unanswered);
        }

        @Test
        void aLateAnswerIsCountedLate() {
            String idNumber = idNumber(7);
            long asked = ((Number) sqlAsTenant(TenantCode.of(CHENGGUAN), """
                    insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                        urgency, topic, sent_by, sent_at, due_on, due_provisional, escalate_on)
                    values ('VERIFICATION', '621227100', '621227101', '迟复', '%s', 'URGENT', 'RESIDENCE', 'test',
                            now() - interval '20 days', current_date - 10, false, current_date - 5)
                    returning id""".formatted(idNumber)).getFirst()).longValue();
            login("fujia.staff", HomeView.class);
            long late = rollup(FUJIA, Exchange.VERIFICATION_LATE);
            exchange.answer(asked, VerificationResult.LEFT, null);
            assertThat(rollup(FUJIA, Exchange.VERIFICATION_LATE)).isEqualTo(late + 1);
        }

        @Test
        void aFeedbackTaskOfThePersonIndexIsAnsweredWithAnOutcome() {
            long task = asOwner().sql("""
                    insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name,
                        id_number, sent_by, due_on, due_provisional, escalate_on)
                    values ('FEEDBACK', 'MATCH', '621227100', '621227101', '索引任务', ?, 'person-index',
                            current_date + 5, false, current_date + 10) returning id""")
                    .param(idNumber(8)).query(Long.class).single();
            login("fujia.staff", HomeView.class);
            assertThatThrownBy(() -> exchange.answer(task, "只有文字"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("result"));
            assertThatThrownBy(() -> exchange.answer(task, VerificationResult.CONFIRMED, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("result"));
            exchange.answer(task, FeedbackOutcome.MEASURES_IN_PLACE, null);
            assertThat(exchange.incoming(task).orElseThrow().result()).isEqualTo("MEASURES_IN_PLACE");
            assertThat(rollup(FUJIA, Exchange.FEEDBACK_ON_TIME)).as("the month's on-time answers, this one among them")
                    .isEqualTo(asOwner().sql("""
                            select count(*) from platform.exchange_message where addressee_code = '621227101'
                            and kind = 'FEEDBACK' and answered_at is not null
                            and (answered_at at time zone 'Asia/Shanghai')::date <= due_on
                            and date_trunc('month', answered_at at time zone 'Asia/Shanghai')
                                = date_trunc('month', now() at time zone 'Asia/Shanghai')""")
                            .query(Long.class).single());
        }

        @Test
        void aThirdUnitSeesNothingOfTheThread() {
            long asked = askFujia("第三方不可见");
            login("beijie.clerk", HomeView.class);
            assertThat(exchange.find(asked)).isEmpty();
            assertThatThrownBy(() -> exchange.thread(asked)).isInstanceOf(AccessDeniedException.class);
            assertThat(exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 10_000)).extracting(Message::id)
                    .doesNotContain(asked);
            assertThatThrownBy(() -> exchange.answer(asked, VerificationResult.CONFIRMED, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exchange.close(asked)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exchange.followUp(asked, "冒名追问")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Notices {

        @Test
        void aNoticeIsReadNotAnsweredAndItsSenderSeesWhoReadItWhen() {
            login("county.admin", HomeView.class);
            assertThatThrownBy(() -> exchange.notify(List.of(), "空", "无人"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("addressees"));
            assertThatThrownBy(() -> exchange.notify(List.of(FUJIA), " ", "正文"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
            long notice = exchange.notify(List.of(CHENGGUAN, FUJIA, BEIJIE), "关于开展流动人口清查的通报", "请各单位于月底前完成。");
            assertThat(exchange.list(Exchange.Box.SENT, Exchange.Filter.ALL, 0, 1000)).as("one row per notice")
                    .filteredOn(m -> m.thread() == notice).extracting(Message::id).containsExactly(notice);
            logout();

            login("fujia.staff", HomeView.class);
            Message mine = exchange.list(Exchange.Box.INCOMING, new Exchange.Filter(MessageKind.NOTICE, null, null, null),
                    0, 1000).stream().filter(m -> m.thread() == notice).findFirst().orElseThrow();
            assertThat(mine.state(today.date(), true)).isEqualTo(Message.State.UNREAD);
            assertThat(exchange.thread(mine.id())).as("a unit sees its own copy only").hasSize(1);
            exchange.markRead(mine.id());
            exchange.markRead(mine.id());
            assertThatThrownBy(() -> exchange.answer(mine.id(), "收到"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("exchange.notice.noAnswer"));
            logout();

            login("county.admin", HomeView.class);
            List<Exchange.Receipt> receipts = exchange.receipts(notice);
            assertThat(receipts).extracting(Exchange.Receipt::addressee).containsExactly(CHENGGUAN, BEIJIE, FUJIA);
            assertThat(receipts).filteredOn(r -> r.addressee().equals(FUJIA)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.readBy()).isEqualTo("fujia.staff");
                        assertThat(r.readAt()).isNotNull();
                    });
            assertThat(receipts).filteredOn(r -> !r.addressee().equals(FUJIA)).allSatisfy(r -> assertThat(r.readAt()).isNull());
        }
    }

    @Nested
    class Escalation {

        /** Sent 2026-09-22: five working days end on 30 September, then National Day (1–7 October, 10 October worked). */
        @Test
        void aDeadlineJustBeforeNationalDayIsEscalatedThreeWorkingDaysAfterTheHolidays() {
            Deadline due = workingDays.deadline(LocalDate.of(2026, 9, 22), Exchange.ANSWER_WORKING_DAYS);
            assertThat(due.due()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(exchange.escalation(due)).isEqualTo(LocalDate.of(2026, 10, 10));
            Deadline across = workingDays.deadline(LocalDate.of(2026, 9, 24), Exchange.ANSWER_WORKING_DAYS);
            assertThat(across.due()).as("Mid-autumn and National Day skipped").isEqualTo(LocalDate.of(2026, 10, 9));
            assertThat(exchange.escalation(across)).isEqualTo(LocalDate.of(2026, 10, 13));

            long id = ((Number) sqlAsTenant(TenantCode.of(CHENGGUAN), """
                    insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                        outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                    values ('FEEDBACK', '621227100', '621227101', '节前反馈', '%s', 'VERIFIED', 'test',
                            '2026-09-22 09:00+08', '%s', false, '%s') returning id"""
                    .formatted(idNumber(9), due.due(), exchange.escalation(due))).getFirst()).longValue();
            String escalated = "select id from platform.exchange_escalations('%s') where id = " + id;
            assertThat(sqlAsTenant(TenantCode.of("621227"), escalated.formatted("2026-10-09")))
                    .as("the holidays do not count").isEmpty();
            assertThat(sqlAsTenant(TenantCode.of("621227"), escalated.formatted("2026-10-10")))
                    .hasSize(1);
            assertThat(sqlAsTenant(TenantCode.of(CHENGGUAN), escalated.formatted("2026-10-10")))
                    .as("a township is no county").isEmpty();

            login("county.admin", HomeView.class);
            assertThat(exchange.escalations()).filteredOn(e -> e.id() == id).singleElement().satisfies(e -> {
                assertThat(e.addressee()).isEqualTo(FUJIA);
                assertThat(e.sender()).isEqualTo(CHENGGUAN);
                assertThat(e.due()).isEqualTo(LocalDate.of(2026, 9, 30));
            });
            logout();
            login("fujia.admin", HomeView.class);
            assertThat(exchange.overdue(1000)).extracting(Message::id).contains(id);
            assertThat(exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 1).getFirst().isOverdue(today.date()))
                    .as("overdue first").isTrue();
            assertThatThrownBy(() -> exchange.escalations()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Roles {

        @Test
        void eachRoleDoesOnlyItsPart() {
            long asked = askFujia("角色");
            login("fujia.officer", HomeView.class);
            assertThatThrownBy(() -> exchange.answer(asked, VerificationResult.CONFIRMED, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exchange.ask(CHENGGUAN, "信息员", idNumber(10), VerificationTopic.RESIDENCE,
                    Urgency.NORMAL, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exchange.notify(List.of(CHENGGUAN), "通报", "正文"))
                    .isInstanceOf(AccessDeniedException.class);
            logout();
            login("beijie.clerk", HomeView.class);
            assertThatThrownBy(() -> exchange.notify(List.of(CHENGGUAN), "通报", "正文"))
                    .as("a committee sends no notices").isInstanceOf(AccessDeniedException.class);
            logout();
            login("county.governance", HomeView.class);
            assertThatThrownBy(() -> exchange.ask(FUJIA, "县级", idNumber(11), VerificationTopic.RESIDENCE,
                    Urgency.NORMAL, null)).isInstanceOf(AccessDeniedException.class);
            assertThat(exchange.escalations()).isNotNull();
            logout();
            login("chengguan.sysadmin", HomeView.class);
            assertThatThrownBy(() -> timeLimits.set(Urgency.URGENT, 3, false)).as("a township's administrator")
                    .isInstanceOf(AccessDeniedException.class);
            logout();
            login("county.admin", HomeView.class);
            assertThatThrownBy(() -> timeLimits.set(Urgency.URGENT, 3, false)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Limits {

        @Test
        void theCountysLimitsChangeTheDueDayOfNewRequests() {
            login("county.sysadmin", HomeView.class);
            assertThatThrownBy(() -> timeLimits.set(Urgency.URGENT, 366, true))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
            timeLimits.set(Urgency.URGENT, 10, true);
            logout();
            login("chengguan.staff", HomeView.class);
            long working = exchange.ask(FUJIA, "工作日时限", idNumber(12), VerificationTopic.RESIDENCE, Urgency.URGENT, null);
            assertThat(exchange.find(working).orElseThrow().due()).isEqualTo(workingDays.deadline(today.date(), 10));
            logout();
            login("county.sysadmin", HomeView.class);
            timeLimits.set(Urgency.URGENT, 10, false);
            logout();
            login("chengguan.staff", HomeView.class);
            long calendar = exchange.ask(FUJIA, "自然日时限", idNumber(13), VerificationTopic.RESIDENCE, Urgency.URGENT, null);
            assertThat(exchange.find(calendar).orElseThrow().due())
                    .isEqualTo(new Deadline(today.date().plusDays(10), false));
            assertThat(exchange.find(working).orElseThrow().due()).as("sent before: unchanged")
                    .isEqualTo(workingDays.deadline(today.date(), 10));
            logout();
            login("county.sysadmin", HomeView.class);
            timeLimits.set(Urgency.URGENT, Urgency.URGENT.defaultDays(), false);
            assertThat(asOwner().sql("select count(*) from platform.audit_event where action = 'TIME_LIMIT_CHANGED'"
                    + " and subject = 'time-limit:URGENT' and tenant_code = '621227'").query(Long.class).single())
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
