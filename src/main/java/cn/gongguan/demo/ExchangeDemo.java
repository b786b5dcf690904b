package cn.gongguan.demo;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.Urgency;
import cn.gongguan.exchange.VerificationResult;
import cn.gongguan.exchange.VerificationTopic;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.AccountProvisioning;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exchange between 伏家镇 and 城关镇, and the county's notice: 伏家镇 asks 城关镇 to verify 李秀英 (its outflow living
 * in 城关镇; awaiting the answer), asked about 何春燕 earlier (answered, then a follow-up question awaits), and two
 * older requests were never answered — one is overdue, one is escalated to the county. The county's notice to all
 * townships has been read by 城关镇 and 伏家镇 only. 伏家镇's feedback on 杨丽娟 reached 城关镇 two weeks ago and was
 * answered only today, six days after its due day: the late answer the year's assessment deducts for. So 城关镇's
 * administrator has overdue items on the home page, the county sees 城关镇 late, and 伏家镇's staff see a thread with a
 * follow-up.
 */
@Component
class ExchangeDemo {

    private static final String CHENGGUAN = "621227100";
    private static final String FUJIA = "621227101";

    private final Exchange exchange;
    private final AccountProvisioning accounts;
    private final TenantRegistry tenants;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Today today;

    ExchangeDemo(Exchange exchange, AccountProvisioning accounts, TenantRegistry tenants, WorkingDays workingDays,
                 JdbcClient jdbc, PlatformTransactionManager transactionManager, Today today) {
        this.exchange = exchange;
        this.accounts = accounts;
        this.tenants = tenants;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = today;
    }

    /** Once: nothing happens when 伏家镇 has asked anything already. */
    void seed() {
        boolean[] asked = {false};
        accounts.runAs("fujia.staff", () -> asked[0] = exchange.count(Exchange.Box.SENT,
                new Exchange.Filter(MessageKind.VERIFICATION, null, null, null)) > 0);
        if (asked[0]) {
            return;
        }
        long[] ids = new long[3];
        accounts.runAs("fujia.staff", () -> {
            exchange.ask(CHENGGUAN, "李秀英", DemoContent.idNumber("19920314", 2, 2),
                    VerificationTopic.MARRIAGE_AND_CHILDBEARING, Urgency.PRIORITY,
                    "本镇外出人员，请核实其在城关镇的婚育情况及是否持有《婚育证明》（演示备注，加密保存）");
            ids[0] = exchange.ask(CHENGGUAN, "何春燕", DemoContent.idNumber("19940826", 61, 2),
                    VerificationTopic.RESIDENCE, Urgency.URGENT, "请核实是否仍住城关镇南街 8 号");
            backdated("马小兰", DemoContent.idNumber("19970105", 62, 2), 1);
            backdated("苏建英", DemoContent.idNumber("19910419", 63, 2), 20);
            ids[2] = lateFeedback("杨丽娟", DemoContent.idNumber("19950611", 64, 2), 6);
        });
        accounts.runAs("chengguan.staff", () -> exchange.answer(ids[2], "已上门核实，本人在城关镇务工，已建立联系（演示答复）"));
        accounts.runAs("chengguan.staff", () -> exchange.answer(ids[0], VerificationResult.CONFIRMED,
                "仍住南街 8 号，与丈夫同住（演示答复，加密保存）"));
        accounts.runAs("fujia.staff", () -> exchange.followUp(ids[0], "请告知其丈夫的姓名和联系电话"));
        accounts.runAs("county.admin", () -> ids[1] = exchange.notify(townships(),
                "关于做好国庆期间流动人口服务管理工作的通报",
                "各乡镇：国庆期间人员流动频繁，请做好流入人口的走访登记和外出人员的联系工作，发现问题及时协查反馈。"));
        accounts.runAs("chengguan.staff", () -> markRead(ids[1]));
        accounts.runAs("fujia.staff", () -> markRead(ids[1]));
    }

    /**
     * A verification request sent long enough ago to be due {@code daysAgo} days back, written as 伏家镇's role writes
     * any question of its own (the service would date it today): overdue, and escalated once three working days have
     * passed since its due day.
     */
    private void backdated(String name, String idNumber, int daysAgo) {
        LocalDate dueDay = today.date().minusDays(daysAgo);
        LocalDate escalateOn = workingDays.deadline(dueDay, Exchange.ESCALATION_WORKING_DAYS).due();
        transactions.executeWithoutResult(status -> jdbc.sql("""
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    urgency, topic, sent_by, sent_at, due_on, due_provisional, escalate_on)
                values ('VERIFICATION', ?, ?, ?, ?, 'URGENT', 'RESIDENCE', 'fujia.staff', ?, ?, ?, ?)""")
                .params(FUJIA, CHENGGUAN, name, idNumber,
                        Timestamp.valueOf(dueDay.minusDays(Urgency.URGENT.defaultDays()).atTime(9, 30)),
                        Date.valueOf(dueDay), false, Date.valueOf(escalateOn))
                .update());
    }

    /**
     * A feedback 伏家镇 sent to 城关镇 about a woman registered there, due {@code daysAgo} days back (written as
     * 伏家镇's role writes its own messages; the service would date it today); answered today, it is answered late.
     */
    private long lateFeedback(String name, String idNumber, int daysAgo) {
        LocalDate dueDay = today.date().minusDays(daysAgo);
        LocalDate escalateOn = workingDays.deadline(dueDay, Exchange.ESCALATION_WORKING_DAYS).due();
        return transactions.execute(status -> jdbc.sql("""
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                values ('FEEDBACK', ?, ?, ?, ?, 'MEASURES_IN_PLACE', 'fujia.staff', ?, ?, ?, ?) returning id""")
                .params(FUJIA, CHENGGUAN, name, idNumber,
                        Timestamp.valueOf(dueDay.minusDays(8).atTime(10, 0)),
                        Date.valueOf(dueDay), false, Date.valueOf(escalateOn))
                .query(Long.class).single());
    }

    /** The county's townships (its notice goes to every one of them). */
    private List<String> townships() {
        return tenants.children(TenantCode.of("621227")).stream().map(Tenant::code).map(TenantCode::value).toList();
    }

    /** The addressee opens its copy of the notice. */
    private void markRead(long noticeId) {
        exchange.list(Exchange.Box.INCOMING, new Exchange.Filter(MessageKind.NOTICE, null, null, null), 0, 100).stream()
                .filter(m -> m.thread() == noticeId).map(Message::id).forEach(exchange::markRead);
    }
}
