package cn.gongguan.fivestep;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import org.springframework.stereotype.Component;

/**
 * Seals the note of a follow-up (column {@code follow_up.note_sealed} of the tenant schema), bound to the tenant and
 * the follow-up: copied to another row or schema it does not open. The one place that knows the note's context.
 */
@Component
class FollowUpNotes {

    private final Sealer sealer;

    FollowUpNotes(Sealer sealer) {
        this.sealer = sealer;
    }

    byte[] seal(TenantCode tenant, long followUpId, String note) {
        return sealer.seal(note, context(tenant, followUpId));
    }

    String open(TenantCode tenant, long followUpId, byte[] sealed) {
        return sealer.open(sealed, context(tenant, followUpId));
    }

    /** {@code <tenant code>/follow_up:<id>/note}, e.g. {@code 621227100/follow_up:42/note}. */
    static String context(TenantCode tenant, long followUpId) {
        return tenant.value() + "/follow_up:" + followUpId + "/note";
    }
}
