package cn.gongguan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.outflow.sixones.CertificateDetails;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Cross-tenant path 6: a department learns a certificate's state and expiry day for an ID number of its county — from
 * the certificates the townships issued and the ones checked on inflow persons — and nothing else; every query is
 * audited, and "none" or "expired" asks the unit where the person lives to follow it up, once.
 */
class CertificateVerificationTest extends UiTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final Inquirer POLICE_PAGE = new Inquirer(Department.POLICE, "county.verify", Inquirer.Channel.PAGE);

    @Autowired
    CertificateVerification verification;
    @Autowired
    CertificateStates states;
    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Certificates certificates;
    @Autowired
    PersonIndex index;
    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    JdbcClient runtime;
    @Autowired
    Today today;

    private LocalDate day;

    @BeforeEach
    void setUp() {
        day = today.date();
    }

    @Test
    void aCertificateCheckedOnAnInflowPersonIsValidUntilItsDayAndNothingIsFollowedUp() {
        Person person = inflowIn("fujia.staff", "核验有效", true, day.plusDays(200));

        CertificateAnswer answer = askAsVerifier(person.getIdNumber().value());

        assertThat(answer).isEqualTo(new CertificateAnswer(CertificateState.VALID, day.plusDays(200)));
        assertThat(followUps(person.getIdNumber().value())).isEmpty();
        assertThat(audited(person.getIdNumber().value())).singleElement().satisfies(event -> assertThat(event)
                .isEqualTo("county.verify CERTIFICATE_VERIFIED POLICE PAGE VALID " + day.plusDays(200)));
        assertThat(stateHeldBy("fujia.staff", person)).isEqualTo(answer);
    }

    @Test
    void aCertificateCheckedWithoutItsExpiryDayCountsForThreeYearsFromTheCheck() {
        Person person = inflowIn("fujia.staff", "核验无期", true, null);

        assertThat(askAsVerifier(person.getIdNumber().value())).as("checked on arrival, ten days ago")
                .isEqualTo(new CertificateAnswer(CertificateState.VALID, day.minusDays(10).plusYears(3)));
        assertThat(followUps(person.getIdNumber().value())).isEmpty();
    }

    @Test
    void anExpiredIssuedCertificateIsFollowedUpByTheRegistrationTownshipOnceHoweverOftenAsked() {
        PersonDetails details = OutflowFixtures.person("核验过期", null);
        details.setIdNumber(newIdNumber());
        long personId = asUser("chengguan.staff", () -> {
            long id = trips.depart(details, OutflowFixtures.trip(day.minusDays(400), OutflowFixtures.CHUNXILU),
                    TripSource.TOWNSHIP).getPerson().getId();
            certificates.save(id, null, 0, new CertificateDetails("HX-EXP-" + id, day.minusDays(390), day.minusDays(1)));
            return id;
        });

        CertificateAnswer first = askAsVerifier(details.getIdNumber());
        CertificateAnswer second = askAsVerifier(details.getIdNumber());

        assertThat(first).isEqualTo(new CertificateAnswer(CertificateState.EXPIRED, day.minusDays(1)))
                .isEqualTo(second);
        assertThat(followUps(details.getIdNumber())).as("one open question however often the number is asked")
                .containsExactly("621227→621227100 核验过期 NORMAL");
        assertThat(audited(details.getIdNumber())).hasSize(2);
        String request = "select count(*) from platform.exchange_message where topic = 'CERTIFICATE' and id_number = '"
                + details.getIdNumber() + "'";
        assertThat(sqlAsTenant(CHENGGUAN, request).toString()).as("the unit asked reads the request").isEqualTo("[1]");
        assertThat(sqlAsTenant(COUNTY, request).toString()).as("the county, its sender, does not: it names the person")
                .isEqualTo("[0]");
        assertThat(asUser("chengguan.staff", () -> states.of(personId).orElseThrow())).isEqualTo(first);
    }

    @Test
    void noCertificateIsFollowedUpWhereThePersonLivesNotWhereTheyAreRegistered() {
        PersonDetails details = OutflowFixtures.person("核验无证", null);
        details.setIdNumber(newIdNumber());
        asUser("chengguan.staff", () -> trips.depart(details,
                OutflowFixtures.trip(day.minusDays(30), OutflowFixtures.FUJIA), TripSource.TOWNSHIP));
        inflowIn("fujia.staff", details.getName(), details.getIdNumber(), false, null);

        assertThat(askAsVerifier(details.getIdNumber())).isEqualTo(new CertificateAnswer(CertificateState.NONE, null));
        assertThat(followUps(details.getIdNumber())).containsExactly("621227→621227101 核验无证 NORMAL");
    }

    @Test
    void aNumberNobodyHoldsIsNoneAndFollowedUpNowhere() {
        String number = newIdNumber();

        assertThat(askAsVerifier(number)).isEqualTo(new CertificateAnswer(CertificateState.NONE, null));
        assertThat(followUps(number)).isEmpty();
        assertThat(audited(number)).hasSize(1);
    }

    @Test
    void aMalformedNumberIsRefusedAtTheFieldAndIsNoAnswer() {
        String number = newIdNumber();
        String wrong = number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1');

        assertThatThrownBy(() -> askAsVerifier(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> {
                    assertThat(refusal.field()).isEqualTo(IdNumber.FIELD);
                    assertThat(refusal.messageKey()).isEqualTo("idNumber.checkDigit");
                });
        assertThat(audited(wrong)).isEmpty();
    }

    @Test
    void onTheirPageOnlyVerifiersAsk() {
        login("county.admin", HomeView.class);
        assertThatThrownBy(() -> verification.verify(newIdNumber(), POLICE_PAGE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyACountysRoleAsksTheDatabaseAndOnlyAboutItsOwnTenants() throws Exception {
        Person person = inflowIn("fujia.staff", "核验隔离", true, day.plusDays(30));
        String hash = HexFormat.of().formatHex(index.hashOf(IdNumber.parse(person.getIdNumber().value(), day)));
        String call = "select valid_until, lives_in, person_name from platform.certificate_answer('\\x" + hash
                + "'::bytea)";

        assertThat(sqlAsTenant(COUNTY, call)).singleElement()
                .satisfies(row -> assertThat((Object[]) row).containsExactly(day.plusDays(30),
                        "621227101", "核验隔离"));
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, call)).hasStackTraceContaining("called by a county's role");
        secondCounty.declare();
        assertThat(sqlAsTenant(SecondCountyTree.COUNTY, call)).as("another county learns nothing of this one's persons")
                .singleElement().satisfies(row -> assertThat((Object[]) row).containsOnlyNulls());
        assertThatThrownBy(() -> runtime.sql(call).query().listOfRows()).as("the runtime role may not call it")
                .hasStackTraceContaining("permission denied");
    }

    private CertificateAnswer askAsVerifier(String number) {
        return asUser("county.verify", () -> verification.verify(number, POLICE_PAGE));
    }

    private Person inflowIn(String user, String name, boolean checked, LocalDate validUntil) {
        return inflowIn(user, name, newIdNumber(), checked, validUntil);
    }

    private Person inflowIn(String user, String name, String number, boolean checked, LocalDate validUntil) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(number);
        details.setRegistrationPlace(CHENGGUAN.value());
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setArrivalDate(day.minusDays(10));
        details.setCertificateChecked(checked);
        if (checked) {
            details.setCertificateNumber("HX-" + number.substring(10));
            details.setCertificateValidUntil(validUntil);
        }
        return asUser(user, () -> registry.register(details));
    }

    private CertificateAnswer stateHeldBy(String user, Person person) {
        return asUser(user, () -> states.of(person.getId()).orElseThrow());
    }

    private <T> T asUser(String user, java.util.function.Supplier<T> work) {
        login(user, HomeView.class);
        try {
            return work.get();
        } finally {
            logout();
        }
    }

    /** The follow-ups the county asked about the number: sender → addressee, name, urgency. */
    private List<String> followUps(String number) {
        return asOwner().sql("""
                        select sender_code || '→' || addressee_code || ' ' || person_name || ' ' || urgency
                        from platform.exchange_message
                        where id_number = ? and kind = 'VERIFICATION' and topic = 'CERTIFICATE' order by id""")
                .param(number).query(String.class).list();
    }

    private List<String> audited(String number) {
        String masked = number.substring(0, 4) + "*".repeat(10) + number.substring(14);
        return asOwner().sql("""
                        select actor || ' ' || action || ' ' || detail from platform.audit_event
                        where tenant_code = '621227' and action = 'CERTIFICATE_VERIFIED' and subject = ? order by id""")
                .param("id:" + masked).query(String.class).list();
    }

    private static String newIdNumber() {
        return PersonFixtures.newIdNumber(LocalDate.of(1987, 11, 23), Sex.FEMALE);
    }
}
