package cn.gongguan.counter;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import org.springframework.stereotype.Component;

/**
 * Seals the note of a service at the counter (column {@code counter_visit.note_sealed}), bound to the tenant and the
 * row: copied to another row or schema it does not open. The one place that knows the note's context.
 */
@Component
class CounterNotes {

    private final Sealer sealer;

    CounterNotes(Sealer sealer) {
        this.sealer = sealer;
    }

    byte[] seal(TenantCode tenant, long visitId, String note) {
        return sealer.seal(note, context(tenant, visitId));
    }

    String open(TenantCode tenant, long visitId, byte[] sealed) {
        return sealer.open(sealed, context(tenant, visitId));
    }

    /** {@code <tenant code>/counter_visit:<id>/note}, e.g. {@code 621227100/counter_visit:42/note}. */
    static String context(TenantCode tenant, long visitId) {
        return tenant.value() + "/counter_visit:" + visitId + "/note";
    }
}
