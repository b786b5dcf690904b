package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificate check's demo: the police counter asked twice, and 城关镇 has one request to follow up. */
class CertificateDemoTest extends IntegrationTest {

    @Autowired
    CertificateDemo demo;

    @Test
    void thePoliceCounterAskedAndChengguanFollowsUpTheOneWithoutACertificateOnceAfterARestart() {
        demo.seed();

        assertThat(asOwner().sql("""
                        select addressee_code || ' ' || person_name from platform.exchange_message
                        where sender_code = '621227' and topic = 'CERTIFICATE' and id_number = ?""")
                .param(CertificateDemo.NONE).query(String.class).list()).containsExactly("621227100 李秀英");
        assertThat(asOwner().sql("""
                        select detail from platform.audit_event where action = 'CERTIFICATE_VERIFIED'
                        and actor = 'county.verify' and detail like 'POLICE PAGE %' order by id limit 2""")
                .query(String.class).list()).satisfiesExactly(
                        valid -> assertThat(valid).as("with its expiry day").startsWith("POLICE PAGE VALID 20"),
                        none -> assertThat(none).isEqualTo("POLICE PAGE NONE"));
    }
}
