package cn.gongguan.governance;

import cn.gongguan.platform.Sealer;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a liaison's finding says about persons and houses, sealed for the township it is recorded in
 * ({@code platform.liaison_finding.payload_sealed}): bound to the township and the finding, so that copied to another
 * row or read as another township it does not open. Only the township opens it, when it takes the finding in.
 */
@Component
class FindingPayload {

    /** The persons and houses of a liaison's finding. */
    record Content(List<FindingPerson> persons, List<FindingHouse> houses) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sealer sealer;

    FindingPayload(Sealer sealer) {
        this.sealer = sealer;
    }

    byte[] seal(String township, long liaisonFindingId, Content content) {
        return sealer.seal(JSON.writeValueAsString(content), context(township, liaisonFindingId));
    }

    Content open(String township, long liaisonFindingId, byte[] sealed) {
        return JSON.readValue(sealer.open(sealed, context(township, liaisonFindingId)), Content.class);
    }

    static String context(String township, long liaisonFindingId) {
        return township + "/liaison_finding/" + liaisonFindingId;
    }
}
