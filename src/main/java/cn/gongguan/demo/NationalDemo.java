package cn.gongguan.demo;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.NationalColumn;
import cn.gongguan.exchange.NationalImport;
import cn.gongguan.exchange.Urgency;
import cn.gongguan.exchange.VerificationTopic;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The national platform's files in 城关镇: feedback to 广州 exported in batch 1 and replied to through the platform's
 * file (acknowledged), a verification request to 杭州 waiting for the next batch, and a request from 广州 about 杨静
 * imported and waiting for an answer.
 */
@Component
class NationalDemo {

    static final String GUANGZHOU_WUSHAN = "440106001";
    static final String HANGZHOU_BEISHAN = "330106002";

    private final NationalBridge bridge;
    private final NationalImport nationalImport;
    private final PersonRegistry registry;
    private final Feedbacks feedbacks;
    private final Exchange exchange;
    private final Today today;

    NationalDemo(NationalBridge bridge, NationalImport nationalImport, PersonRegistry registry, Feedbacks feedbacks,
                 Exchange exchange, Today today) {
        this.bridge = bridge;
        this.nationalImport = nationalImport;
        this.registry = registry;
        this.feedbacks = feedbacks;
        this.exchange = exchange;
        this.today = today;
    }

    /** Run as one of 城关镇's staff, after its inflow persons; once (while the township has exported no batch). */
    void chengguan() {
        if (!bridge.batches().isEmpty()) {
            return;
        }
        LocalDate day = today.date();
        PersonDetails details = new PersonDetails();
        details.setName("黄丽娟");
        details.setIdNumber(DemoContent.idNumber("19910612", 15, 2));
        details.setRegistrationPlace(GUANGZHOU_WUSHAN);
        details.setArrivalDate(day.minusDays(30));
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setChildren(1);
        details.setAddress("城关镇南街 8 号");
        Person huang = registry.register(details);
        feedbacks.send(huang.getId(), FeedbackOutcome.VERIFIED, "已婚，育有一孩，持有《婚育证明》（演示备注，加密保存）");
        Message toGuangzhou = feedbacks.sent(huang.getId()).getFirst();
        bridge.export(ReadReason.VERIFICATION);
        importRows(Map.of(NationalColumn.LOCAL_NUMBER, String.valueOf(toGuangzhou.id()),
                NationalColumn.CATEGORY, "答复", NationalColumn.SENDER_CODE, TenantContext.current().value(),
                NationalColumn.ADDRESSEE_CODE, GUANGZHOU_WUSHAN,
                NationalColumn.ANSWER, "已核实：户籍地婚育情况与反馈一致（演示答复）",
                NationalColumn.ANSWERED_ON, day.toString()),
                Map.of(NationalColumn.PLATFORM_NUMBER, "QG2026-DEMO-0001", NationalColumn.CATEGORY, "协查",
                NationalColumn.SENDER_CODE, GUANGZHOU_WUSHAN, NationalColumn.ADDRESSEE_CODE,
                TenantContext.current().value(), NationalColumn.NAME, "杨静",
                NationalColumn.ID_NUMBER, DemoContent.idNumber("19950118", 8, 2), NationalColumn.TOPIC, "现居住地",
                NationalColumn.URGENCY, "特急", NationalColumn.CONTENT, "该人员申请在户籍地办理生育登记，称现居徽县城关镇，请核实",
                NationalColumn.SENT_ON, day.minusDays(1).toString()));
        // a verification request to a place outside this system, waiting for the next export
        exchange.ask(HANGZHOU_BEISHAN, "周建华", DemoContent.idNumber("19880304", 21, 1),
                VerificationTopic.MARRIAGE_AND_CHILDBEARING, Urgency.PRIORITY, "请核实其婚育情况（演示）");
    }

    /** The platform's file with these rows, as it would send it (CSV; no cell of the demo needs quoting). */
    @SafeVarargs
    private void importRows(Map<NationalColumn, String>... rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(Arrays.stream(NationalColumn.values())
                .map(NationalColumn::header).collect(Collectors.joining(","))).append("\r\n");
        for (Map<NationalColumn, String> row : rows) {
            csv.append(Arrays.stream(NationalColumn.values()).map(c -> row.getOrDefault(c, ""))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        try {
            nationalImport.importFrom(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    (key, arguments) -> key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
