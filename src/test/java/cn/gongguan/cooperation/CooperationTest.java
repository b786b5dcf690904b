package cn.gongguan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.NationalFormat;
import cn.gongguan.exchange.OutboxState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Regional cooperation through its services: agreements refused at the field when wrong, read by their unit and its
 * county only and kept by the unit's administrator only; bulletins travel through the exchange — into a tenant
 * partner's inbox, or into the national outbox and the platform's file for a partner outside.
 */
class CooperationTest extends UiTest {

    static final TenantCode COUNTY = TenantCode.of("621227");
    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final String FUJIA = "621227101";
    static final String YINZHOU = "330212";
    static final byte[] PDF = "%PDF-1.4\n% a signed agreement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Agreements agreements;
    @Autowired
    Bulletins bulletins;
    @Autowired
    JointMeetings meetings;
    @Autowired
    CooperationFiles files;
    @Autowired
    Exchange exchange;
    @Autowired
    NationalBridge national;
    @Autowired
    Today today;

    @Nested
    class Refusals {

        @Test
        void aPeriodEndingBeforeItStartsIsRefusedAtItsEnd() {
            login("chengguan.admin", HomeView.class);
            LocalDate day = today.date();
            refused(() -> agreements.save(null, -1, details(List.of(YINZHOU), day, day.minusDays(1)), null),
                    Agreements.ENDS_ON, "cooperation.period.endBeforeStart");
            assertThat(agreements.save(null, -1, details(List.of(YINZHOU), day, day), null).state(day))
                    .as("a one-day period").isEqualTo(AgreementState.IN_FORCE);
        }

        @Test
        void partnersMustBeDivisionsOtherThanTheUnit() {
            login("chengguan.admin", HomeView.class);
            LocalDate day = today.date();
            refused(() -> agreements.save(null, -1, details(List.of(), day, day), null), Agreements.PARTIES,
                    "cooperation.parties.required");
            refused(() -> agreements.save(null, -1, details(List.of("999999"), day, day), null), Agreements.PARTIES,
                    "cooperation.parties.unknown");
            refused(() -> agreements.save(null, -1, details(List.of(CHENGGUAN.value()), day, day), null),
                    Agreements.PARTIES, "cooperation.parties.self");
            refused(() -> agreements.save(null, -1, new AgreementDetails(List.of(YINZHOU), "x".repeat(201), day, day,
                    "内容"), null), "title", "validation.tooLong");
        }

        @Test
        void aSignedFileIsAPdfOrAnImageOfAtMostFiveMegabytes() {
            login("chengguan.admin", HomeView.class);
            LocalDate day = today.date();
            byte[] tooLarge = Arrays.copyOf(PDF, SignedFile.MAX_BYTES + 1);
            refused(() -> agreements.save(null, -1, details(List.of(YINZHOU), day, day),
                    new SignedFile("big.pdf", tooLarge)), Agreements.FILE, "cooperation.file.tooLarge");
            refused(() -> agreements.save(null, -1, details(List.of(YINZHOU), day, day),
                    new SignedFile("agreement.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8))),
                    Agreements.FILE, "cooperation.file.type");
            refused(() -> agreements.save(null, -1, details(List.of(YINZHOU), day, day),
                    new SignedFile("empty.pdf", new byte[0])), Agreements.FILE, "cooperation.file.empty");
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
            Agreement saved = agreements.save(null, -1, details(List.of(YINZHOU), day, day),
                    new SignedFile("C:\\scans\\signed.png", png));
            assertThat(saved.file()).extracting(Agreement.FileInfo::name, Agreement.FileInfo::contentType,
                    Agreement.FileInfo::size).containsExactly("signed.png", "image/png", png.length);
        }
    }

    @Test
    void aChangeSavedMeanwhileIsAStaleEditAndANewFileReplacesTheOld() {
        login("chengguan.admin", HomeView.class);
        LocalDate day = today.date();
        Agreement first = agreements.save(null, -1, details(List.of(YINZHOU), day, day.plusYears(1)),
                new SignedFile("v1.pdf", PDF));
        Agreement second = agreements.save(first.id(), first.version(),
                details(List.of(YINZHOU, "650103"), day, day.plusYears(2)), new SignedFile("v2.pdf", PDF));
        assertThat(second.parties()).containsExactly(YINZHOU, "650103");
        assertThat(second.file().name()).isEqualTo("v2.pdf");
        assertThat(asOwner().sql("select count(*) from platform.coop_file where id = ?").param(first.file().id())
                .query(Long.class).single()).as("the replaced file is gone").isZero();
        assertThatThrownBy(() -> agreements.save(first.id(), first.version(),
                details(List.of(YINZHOU), day, day.plusYears(3)), null))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("chengguan.admin"));
    }

    @Test
    void theCountyReadsItsTownshipsAgreementsAndFiltersThem() {
        login("chengguan.admin", HomeView.class);
        LocalDate day = today.date();
        Agreement township = agreements.save(null, -1, new AgreementDetails(List.of("650103"), "县里能看到的协议",
                day.minusYears(2), day.minusDays(1), "内容"), new SignedFile("signed.pdf", PDF));
        assertThat(township.state(day)).isEqualTo(AgreementState.EXPIRED);
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(agreements.find(township.id())).as("another township").isEmpty();
        assertThat(agreements.list(AgreementFilter.ALL)).extracting(Agreement::id).doesNotContain(township.id());
        assertThatThrownBy(() -> files.download(township.file().id())).isInstanceOf(AccessDeniedException.class);
        logout();

        login("county.governance", HomeView.class);
        assertThat(agreements.townships()).extracting(t -> t.code().value()).contains(CHENGGUAN.value(), FUJIA);
        assertThat(agreements.list(AgreementFilter.ALL)).extracting(Agreement::id).contains(township.id());
        assertThat(agreements.list(new AgreementFilter(TenantCode.of(FUJIA), null, null)))
                .extracting(Agreement::id).doesNotContain(township.id());
        assertThat(agreements.list(new AgreementFilter(CHENGGUAN, "65", AgreementState.EXPIRED)))
                .as("a partner by its province, and the state").extracting(Agreement::id).contains(township.id());
        assertThat(agreements.list(new AgreementFilter(null, "33", null))).extracting(Agreement::id)
                .doesNotContain(township.id());
        assertThat(agreements.list(new AgreementFilter(null, null, AgreementState.IN_FORCE)))
                .extracting(Agreement::id).doesNotContain(township.id());
        assertThat(files.download(township.file().id()).bytes()).isEqualTo(PDF);
        assertThat(asOwner().sql("select action from platform.audit_event where tenant_code = ? and subject = ?")
                .params(COUNTY.value(), "coop_file:" + township.file().id()).query(String.class).list())
                .as("the download audited").containsExactly("COOPERATION_FILE_DOWNLOADED");
        assertThatThrownBy(() -> bulletins.received(township.id(), new BulletinDetails("650103", day, "县代登", "内容"),
                null)).as("the county writes under no township's agreement").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.save(null, -1, details(List.of(YINZHOU), day, day), null))
                .as("the governance group reads").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStaffReadAndOtherRolesAreRefused() {
        login("chengguan.staff", HomeView.class);
        assertThat(agreements.list(AgreementFilter.ALL)).isNotEmpty();
        assertThatThrownBy(() -> agreements.save(null, -1, details(List.of(YINZHOU), today.date(), today.date()),
                null)).isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("chengguan.officer", "beijie.clerk", "county.sysadmin", "county.police")) {
            logout();
            login(user, HomeView.class);
            assertThatThrownBy(() -> agreements.list(AgreementFilter.ALL)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aBulletinToATenantPartnerArrivesInItsExchangeInbox() {
        login("chengguan.admin", HomeView.class);
        LocalDate day = today.date();
        Agreement agreement = agreements.save(null, -1, details(List.of(FUJIA, YINZHOU), day, day.plusYears(1)),
                null);
        refused(() -> bulletins.send(agreement.id(), new BulletinDetails("650103", null, "标题", "内容"), null),
                Bulletins.PARTNER, "cooperation.partner.notOfAgreement");
        Bulletin sent = bulletins.send(agreement.id(), new BulletinDetails(FUJIA, null, "致伏家镇的协作通报",
                "两镇互通外出务工人员情况"), new SignedFile("list.pdf", PDF));
        assertThat(sent.direction()).isEqualTo(BulletinDirection.SENT);
        assertThat(sent.sentOn()).isEqualTo(day);
        assertThat(bulletins.of(agreement.id())).extracting(Bulletin::id).containsExactly(sent.id());
        logout();

        login("fujia.staff", HomeView.class);
        assertThat(exchange.list(Exchange.Box.INCOMING, new Exchange.Filter(MessageKind.NOTICE, null, null, null), 0,
                50)).filteredOn(m -> m.id() == sent.messageId()).singleElement().satisfies(m -> {
                    assertThat(m.title()).isEqualTo("致伏家镇的协作通报");
                    assertThat(m.noticeText()).isEqualTo("两镇互通外出务工人员情况");
                    assertThat(m.sender()).isEqualTo(CHENGGUAN.value());
                    assertThat(m.outboxState()).as("no file for a tenant").isNull();
                });
    }

    @Test
    void aBulletinToAPartnerOutsideGoesIntoTheNationalOutboxAndFile() {
        login("county.admin", HomeView.class);
        LocalDate day = today.date();
        Agreement agreement = agreements.save(null, -1, details(List.of(YINZHOU), day.minusYears(1), day.plusYears(1)),
                null);
        Bulletin sent = bulletins.send(agreement.id(), new BulletinDetails(YINZHOU, null, "县里发往鄞州区的通报",
                "第一行\n第二行，含逗号"), null);
        Message waiting = national.outbox(OutboxState.WAITING, 0, 100).stream()
                .filter(m -> m.id() == sent.messageId()).findFirst().orElseThrow();
        assertThat(waiting.kind()).isEqualTo(MessageKind.NOTICE);
        assertThat(waiting.addressee()).isEqualTo(YINZHOU);

        List<Long> demoWaiting = asOwner().sql("""
                select id from platform.exchange_message
                where sender_code = ? and outbox_state = 'WAITING' and id <> ?""")
                .params(COUNTY.value(), sent.messageId()).query(Long.class).list();
        try {
            NationalBridge.Batch batch = national.export(ReadReason.VERIFICATION);
            String file = new String(national.file(batch.number(), NationalFormat.CSV, ReadReason.VERIFICATION),
                    StandardCharsets.UTF_8);
            assertThat(file).contains(sent.messageId() + ",通报,621227,", ",330212,浙江省宁波市鄞州区,",
                    "\"县里发往鄞州区的通报\n第一行\n第二行，含逗号\"");
            assertThat(national.outbox(OutboxState.EXPORTED, 0, 100)).extracting(Message::id)
                    .contains(sent.messageId());
        } finally {
            // the demo's own bulletin waits for the next batch again
            asOwner().sql("update platform.exchange_message set outbox_state = 'WAITING', outbox_batch = null"
                    + " where id = any(?)").param(demoWaiting.toArray(Long[]::new)).update();
        }
    }

    @Test
    void aJointMeetingNamesPartnersOfTheAgreementAndACorrectionMayBeStale() {
        login("chengguan.admin", HomeView.class);
        LocalDate day = today.date();
        Agreement agreement = agreements.save(null, -1, details(List.of(YINZHOU), day, day.plusYears(1)), null);
        refused(() -> meetings.save(agreement.id(), null, -1, meeting(day.plusDays(1), List.of(YINZHOU))),
                JointMeetings.HELD_ON, "cooperation.day.future");
        refused(() -> meetings.save(agreement.id(), null, -1, meeting(day, List.of())), JointMeetings.PARTNERS,
                "cooperation.partners.required");
        refused(() -> meetings.save(agreement.id(), null, -1, meeting(day, List.of("650103"))),
                JointMeetings.PARTNERS, "cooperation.partner.notOfAgreement");
        JointMeeting meeting = meetings.save(agreement.id(), null, -1, meeting(day, List.of(YINZHOU)));
        assertThat(meeting.partners()).containsExactly(YINZHOU);
        JointMeeting corrected = meetings.save(agreement.id(), meeting.id(), meeting.version(),
                new JointMeetingDetails(day, "更正后的地点", List.of(YINZHOU), "双方代表", "决定", null));
        assertThat(meetings.of(agreement.id())).containsExactly(corrected);
        assertThatThrownBy(() -> meetings.save(agreement.id(), meeting.id(), meeting.version(),
                meeting(day, List.of(YINZHOU)))).isInstanceOf(StaleEditException.class);
    }

    static AgreementDetails details(List<String> parties, LocalDate startsOn, LocalDate endsOn) {
        return new AgreementDetails(parties, "测试协议", startsOn, endsOn, "测试协作内容");
    }

    private static JointMeetingDetails meeting(LocalDate day, List<String> partners) {
        return new JointMeetingDetails(day, "会议地点", partners, "双方代表", "会议决定", "后续事项");
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
