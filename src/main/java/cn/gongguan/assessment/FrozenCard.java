package cn.gongguan.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an approved scorecard is frozen as ({@code platform.assessment_result.card}): the year's figures as they stood,
 * which of them were available, and the points objections gave back. Scored again with the approved version of the
 * scheme it gives the approved scorecard line by line, however the records change later.
 */
record FrozenCard(Map<String, Long> figures, Set<String> available, Map<Measure, BigDecimal> restored) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The stored shape: plain names and numbers, readable in the database. */
    private record Stored(Map<String, Long> figures, List<String> available, Map<String, BigDecimal> restored) {
    }

    String json() {
        Map<String, BigDecimal> back = new TreeMap<>();
        restored.forEach((item, points) -> back.put(item.code(), points));
        return JSON.writeValueAsString(new Stored(new TreeMap<>(figures), List.copyOf(new TreeSet<>(available)),
                back));
    }

    static FrozenCard of(String json) {
        Stored stored = JSON.readValue(json, Stored.class);
        Map<Measure, BigDecimal> restored = new EnumMap<>(Measure.class);
        stored.restored().forEach((code, points) -> restored.put(Measure.ofCode(code).orElseThrow(), points));
        return new FrozenCard(stored.figures(), Set.copyOf(stored.available()), restored);
    }

    Scorecard score(int version, Scheme scheme) {
        return Scoring.score(version, scheme, figures, available, restored);
    }
}
