package cn.gongguan.certificate.api;

import cn.gongguan.uikit.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the API's refusals ({@link ApiError}) in the caller's language, from the filter and the controller alike. */
@Component
class ApiReplies {

    private static final List<Locale> LANGUAGES = List.of(Translations.CHINESE, Translations.ENGLISH);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Translations translations;

    ApiReplies(Translations translations) {
        this.translations = translations;
    }

    /** The refusal with the translated message of {@code key}. */
    ApiError error(HttpServletRequest request, String error, String key, Object... arguments) {
        return new ApiError(error, translations.getTranslation(key, language(request), arguments));
    }

    void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        JSON.writeValue(response.getWriter(), error);
    }

    /**
     * The language the request's {@code Accept-Language} prefers among those the application speaks: Chinese when it
     * asks for none of them, names none, or cannot be read. (The servlet's own {@code getLocale()} would fall back to
     * the server's locale.)
     */
    static Locale language(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Translations.CHINESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (Locale spoken : LANGUAGES) {
                    if (spoken.getLanguage().equals(language)) {
                        return spoken;
                    }
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // an unreadable header asks for nothing: the default
        }
        return Translations.CHINESE;
    }
}
