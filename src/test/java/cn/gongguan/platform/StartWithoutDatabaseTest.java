package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.GongguanApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application as a packaged jar starts it: no external database, development mode not asked for. */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutDatabaseTest {

    @Test
    void refusesToStartNamingTheSettingsThatFixIt(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(GongguanApplication.class)
                .properties("server.port=0", "management.server.port=0",
                        "gongguan.embedded-db.data-directory=target/test-postgres/never-started");

        assertThatThrownBy(() -> application.run().close())
                .hasRootCauseInstanceOf(NoDatabaseConfiguredException.class);
        // what an operator reads on the console: Spring Boot's failure report, not a stack trace to dig through
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("SPRING_DATASOURCE_URL").contains("GONGGUAN_DATABASE_OWNER_USERNAME")
                .contains("SPRING_PROFILES_ACTIVE=dev");
        assertThat(output).doesNotContain("Starting embedded PostgreSQL");
    }
}
