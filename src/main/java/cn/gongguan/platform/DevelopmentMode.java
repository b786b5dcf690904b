package cn.gongguan.platform;

import org.springframework.core.env.Environment;

/**
 * Development mode, asked for explicitly with the {@code dev} profile ({@code SPRING_PROFILES_ACTIVE=dev}, as the
 * README's run command does): only then may Gongguan run on its embedded database and seed the demo users. A packaged
 * jar started without it and without an external database refuses to start rather than quietly keeping real data in
 * a throw-away database with published demo passwords.
 */
public final class DevelopmentMode {

    public static final String PROFILE = "dev";

    private DevelopmentMode() {
    }

    public static boolean isOn(Environment environment) {
        return environment.matchesProfiles(PROFILE);
    }
}
