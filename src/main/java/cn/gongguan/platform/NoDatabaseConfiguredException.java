package cn.gongguan.platform;

/** Start-up without an external database outside development mode: refused, naming the settings that fix it. */
final class NoDatabaseConfiguredException extends IllegalStateException {

    static final String ACTION = """
            Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (the runtime role) and \
            GONGGUAN_DATABASE_OWNER_USERNAME and GONGGUAN_DATABASE_OWNER_PASSWORD (the owner role that runs the \
            migrations) to use an external PostgreSQL, or ask for development mode with the embedded database \
            explicitly: SPRING_PROFILES_ACTIVE=dev (./mvnw spring-boot:run -Dspring-boot.run.profiles=dev).""";

    NoDatabaseConfiguredException() {
        super("No database is configured (SPRING_DATASOURCE_URL is not set) and development mode is off. " + ACTION);
    }
}
