package cn.gongguan.certificate.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.outflow.sixones.CertificateDetails;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The certificate API over real HTTP against the running application: the exact answer for a valid, an expired and
 * no certificate; 400 for a malformed ID number (in the caller's language, not counted as "none"); 401 for no,
 * unknown, rotated-away and revoked tokens (audited); 429 with Retry-After over a token's limit while another token
 * passes; a token of one county learns nothing of another county's persons; the OpenAPI document without a login.
 */
class CertificateApiTest extends UiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Certificates certificates;
    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    Today today;

    private LocalDate day;

    @BeforeEach
    void setUp() {
        day = today.date();
    }

    @Nested
    class Answers {

        @Test
        void aValidCertificateIsItsStateAndLastDayAndNothingElse() throws Exception {
            String number = inflowWithCertificate("接口有效", day.plusDays(200));
            String secret = token(Department.POLICE, null);

            HttpResponse<String> response = get("/api/v1/certificates/" + number, secret);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(response.body()).isEqualTo("{\"state\":\"VALID\",\"validUntil\":\"" + day.plusDays(200) + "\"}");
            assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
            assertThat(audited(number)).as("audited under the token's name, as an API query")
                    .containsExactly("token:" + lastName + " CERTIFICATE_VERIFIED POLICE API VALID " + day.plusDays(200));
        }

        @Test
        void anExpiredCertificateIsItsStateAndTheDayItEnded() throws Exception {
            PersonDetails details = OutflowFixtures.person("接口过期", null);
            details.setIdNumber(newIdNumber());
            asUser("chengguan.staff", () -> {
                long id = trips.depart(details, OutflowFixtures.trip(day.minusDays(400), OutflowFixtures.CHUNXILU),
                        TripSource.TOWNSHIP).getPerson().getId();
                return certificates.save(id, null, 0,
                        new CertificateDetails("HX-API-" + id, day.minusDays(390), day.minusDays(1)));
            });

            HttpResponse<String> response = get("/api/v1/certificates/" + details.getIdNumber(),
                    token(Department.MARKET, null));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"state\":\"EXPIRED\",\"validUntil\":\"" + day.minusDays(1) + "\"}");
        }

        @Test
        void noCertificateIsNoneWithAnExplicitNullDay() throws Exception {
            HttpResponse<String> response = get("/api/v1/certificates/" + newIdNumber(), token(Department.HEALTH, null));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"state\":\"NONE\",\"validUntil\":null}");
        }

        @Test
        void aMalformedIdNumberIsRefusedInTheCallersLanguageAndIsNoAnswer() throws Exception {
            String number = newIdNumber();
            String wrong = number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1');
            String secret = token(Department.LABOUR, null);

            HttpResponse<String> chinese = get("/api/v1/certificates/" + wrong, secret);
            HttpResponse<String> english = send(request("/api/v1/certificates/" + wrong, secret)
                    .header("Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.5").build());
            HttpResponse<String> shape = get("/api/v1/certificates/12345", secret);

            assertThat(chinese.statusCode()).isEqualTo(400);
            assertThat(chinese.body()).startsWith("{\"error\":\"invalid_id_number\",\"message\":\"公民身份号码校验位不符");
            assertThat(english.statusCode()).isEqualTo(400);
            assertThat(english.body()).startsWith("{\"error\":\"invalid_id_number\",\"message\":\"The check character");
            assertThat(shape.statusCode()).isEqualTo(400);
            assertThat(shape.body()).contains("公民身份号码应为 18 位");
            assertThat(audited(wrong)).as("not counted as an answer").isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void noUnknownRotatedAwayOrRevokedTokenGets401AndEachIsAudited() throws Exception {
            String path = "/api/v1/certificates/" + newIdNumber();
            login("county.sysadmin", HomeView.class);
            IssuedToken issued = tokens.create(new NewToken(ApiTokensTest.unique("接口轮换"), Department.POLICE, null));
            IssuedToken rotated = tokens.rotate(issued.token().id(), issued.token().version());
            IssuedToken revoked = tokens.create(new NewToken(ApiTokensTest.unique("接口吊销"), Department.POLICE, null));
            tokens.revoke(revoked.token().id(), revoked.token().version());
            logout();
            String unknown = ApiSecret.generate();

            List<HttpResponse<String>> responses = new ArrayList<>();
            responses.add(send(request(path, null).build()));
            responses.add(send(request(path, null).header("Authorization", "Basic Y291bnR5OnB3").build()));
            for (String secret : List.of(unknown, issued.secret(), revoked.secret())) {
                responses.add(get(path, secret));
            }

            assertThat(responses).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                        assertThat(challenge).startsWith("Bearer realm=\"gongguan\""));
                assertThat(response.body()).isEqualTo("{\"error\":\"unauthorized\",\"message\":\"缺少接口令牌，或令牌无效、已更换、已吊销\"}");
            });
            assertThat(get(path, rotated.secret()).statusCode()).as("the rotated token's new secret").isEqualTo(200);
            for (String secret : List.of(unknown, issued.secret(), revoked.secret())) {
                String hint = secret.substring(0, 10);
                assertThat(refusalsOf(hint)).as(hint).containsExactly(hint + " 127.0.0.1 unknown, rotated-away or revoked token");
            }
            assertThat(asOwner().sql("select count(*) from platform.audit_event where strpos(detail, ?) > 0"
                            + " or strpos(actor, ?) > 0 or strpos(subject, ?) > 0")
                    .params(unknown.substring(10), unknown.substring(10), unknown.substring(10))
                    .query(Long.class).single()).as("no secret in the audit trail").isZero();
        }

        @Test
        void overItsLimitATokenGets429WithRetryAfterWhileAnotherTokenPasses() throws Exception {
            String limited = token(Department.POLICE, 3);
            String other = token(Department.POLICE, null);
            String path = "/api/v1/certificates/" + newIdNumber();

            for (int i = 0; i < 3; i++) {
                assertThat(get(path, limited).statusCode()).as("request " + (i + 1)).isEqualTo(200);
            }
            HttpResponse<String> over = get(path, limited);

            assertThat(over.statusCode()).isEqualTo(429);
            assertThat(over.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isBetween(1, 20));
            assertThat(over.body()).startsWith("{\"error\":\"too_many_requests\",\"message\":\"请求过于频繁");
            assertThat(get(path, other).statusCode()).as("another token").isEqualTo(200);
        }

        @Test
        void aTokenOfAnotherCountyLearnsNothingOfThisCountysPersons() throws Exception {
            secondCounty.declare();
            String number = inflowWithCertificate("接口隔离", day.plusDays(100));
            String secret = ApiSecret.generate();
            asOwner().sql("""
                    insert into platform.api_token (county_code, department, name, hint, secret_hash, created_by)
                    values (?, 'POLICE', '二县公安', ?, ?, 'test')""")
                    .params(SecondCountyTree.COUNTY.value(), ApiSecret.hint(secret), ApiSecret.hash(secret)).update();

            assertThat(get("/api/v1/certificates/" + number, secret).body())
                    .isEqualTo("{\"state\":\"NONE\",\"validUntil\":null}");
            assertThat(get("/api/v1/certificates/" + number, token(Department.POLICE, null)).body())
                    .as("the county's own token").startsWith("{\"state\":\"VALID\"");
            assertThat(asOwner().sql("""
                            select tenant_code from platform.audit_event
                            where action = 'CERTIFICATE_VERIFIED' and actor = 'token:二县公安' order by id""")
                    .query(String.class).list()).as("in the asking county's trail").contains("629970");
        }
    }

    @Nested
    class Documentation {

        @Test
        void theOpenApiDocumentIsServedWithoutALogin() throws Exception {
            HttpResponse<String> yaml = send(request("/api/v1/openapi.yaml", null).build());
            HttpResponse<String> json = send(request("/api/v1/openapi", null).build());

            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.body()).contains("openapi: 3.1", "/api/v1/certificates/{idNumber}:",
                    "departmentToken:", "scheme: bearer", "CertificateState:", "validUntil:", "- VALID",
                    "- EXPIRED", "- NONE", "\"429\":", "Retry-After");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"/api/v1/certificates/{idNumber}\"");
        }

        @Test
        void theVaadinChainStillAsksBrowsersToLogIn() throws Exception {
            HttpResponse<String> page = send(request("/registry", null).build());

            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login"));
        }
    }

    private String lastName;

    /** A new token of the county for the department, with its own limit or the default; its secret. */
    private String token(Department department, Integer perMinute) {
        lastName = ApiTokensTest.unique("接口测试");
        return asUser("county.sysadmin", () -> tokens.create(new NewToken(lastName, department, perMinute)).secret());
    }

    private String inflowWithCertificate(String name, LocalDate validUntil) {
        String number = newIdNumber();
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(number);
        details.setRegistrationPlace("621227100");
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setArrivalDate(day.minusDays(10));
        details.setCertificateChecked(true);
        details.setCertificateNumber("HX-" + number.substring(10));
        details.setCertificateValidUntil(validUntil);
        asUser("fujia.staff", () -> registry.register(details));
        return number;
    }

    private HttpResponse<String> get(String path, String secret) throws IOException, InterruptedException {
        return send(request(path, secret).build());
    }

    private HttpRequest.Builder request(String path, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        return secret == null ? request : request.header("Authorization", "Bearer " + secret);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> T asUser(String user, Supplier<T> work) {
        login(user, HomeView.class);
        try {
            return work.get();
        } finally {
            logout();
        }
    }

    private List<String> audited(String number) {
        String masked = number.substring(0, 4) + "*".repeat(10) + number.substring(14);
        return asOwner().sql("""
                        select actor || ' ' || action || ' ' || detail from platform.audit_event
                        where tenant_code = '621227' and action = 'CERTIFICATE_VERIFIED' and subject = ? order by id""")
                .param("id:" + masked).query(String.class).list();
    }

    private List<String> refusalsOf(String hint) {
        return asOwner().sql("""
                        select actor || ' ' || remote_addr || ' ' || detail from platform.audit_event
                        where action = 'API_TOKEN_REFUSED' and tenant_code is null and subject = ? order by id""")
                .param("api_token:" + hint).query(String.class).list();
    }

    private static String newIdNumber() {
        return PersonFixtures.newIdNumber(LocalDate.of(1990, 3, 14), Sex.MALE);
    }
}
