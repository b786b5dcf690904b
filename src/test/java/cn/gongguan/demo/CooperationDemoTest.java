package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.AgreementFilter;
import cn.gongguan.cooperation.AgreementState;
import cn.gongguan.cooperation.Agreements;
import cn.gongguan.cooperation.Bulletin;
import cn.gongguan.cooperation.BulletinDirection;
import cn.gongguan.cooperation.Bulletins;
import cn.gongguan.cooperation.CooperationFiles;
import cn.gongguan.cooperation.JointMeetings;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.OutboxState;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The regional cooperation demo as its users meet it, and seeding it again adds nothing. */
class CooperationDemoTest extends UiTest {

    private static final String DEMO_TITLE = "徽县—鄞州区流动人口计划生育区域协作协议（演示）";

    @Autowired
    CooperationDemo demo;
    @Autowired
    Agreements agreements;
    @Autowired
    Bulletins bulletins;
    @Autowired
    JointMeetings meetings;
    @Autowired
    CooperationFiles files;
    @Autowired
    NationalBridge national;
    @Autowired
    Today today;

    @Test
    void theCountyHasAnAgreementInForceWithItsSignedPdfBulletinsAndAMeeting() {
        demo.seed();
        login("county.admin", HomeView.class);
        Agreement agreement = agreements.list(new AgreementFilter(TenantCode.of("621227"), null, null)).stream()
                .filter(a -> a.title().equals(DEMO_TITLE)).reduce((a, b) -> {
                    throw new AssertionError("seeded twice");
                }).orElseThrow();
        assertThat(agreement.parties()).containsExactly(CooperationDemo.YINZHOU);
        assertThat(agreement.state(today.date())).isEqualTo(AgreementState.IN_FORCE);
        byte[] pdf = files.download(agreement.file().id()).bytes();
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        assertThat(bulletins.of(agreement.id())).extracting(Bulletin::direction)
                .containsExactlyInAnyOrder(BulletinDirection.SENT, BulletinDirection.RECEIVED);
        long sent = bulletins.of(agreement.id()).stream().filter(b -> b.direction() == BulletinDirection.SENT)
                .findFirst().orElseThrow().messageId();
        assertThat(national.outbox(null, 0, 100)).extracting(Message::id).as("鄞州区 is reached by the platform's files")
                .contains(sent);
        assertThat(national.outbox(OutboxState.ACKNOWLEDGED, 0, 100)).extracting(Message::id).doesNotContain(sent);
        assertThat(meetings.of(agreement.id())).hasSize(1);
        assertThat(agreements.list(new AgreementFilter(TenantCode.of("621227100"), null, null)))
                .extracting(Agreement::title).contains("城关镇—沙依巴克区流动人口服务协作协议（演示）");
    }
}
