package cn.gongguan.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports the refusal to start without a database as Spring Boot's short "failed to start" notice, not a trace. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis("No database is configured (SPRING_DATASOURCE_URL is not set) and development mode "
                + "is off: Gongguan does not keep real data in its embedded development database.",
                NoDatabaseConfiguredException.ACTION, cause);
    }
}
