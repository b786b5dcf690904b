package cn.gongguan.governance;

import cn.gongguan.platform.TenantCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervision visit (督导检查) of the county to one of its townships: what it found, the rectification it asked for
 * by which day, and — once the township answered — what was rectified and when.
 */
public record SupervisionVisit(long id, TenantCode county, TenantCode township, LocalDate visitedOn, String findings,
                               String rectification, LocalDate rectifyBy, String recordedBy, Instant recordedAt,
                               String rectified, LocalDate rectifiedOn, String answeredBy, Instant answeredAt) {

    /** The township has not answered the rectification yet. */
    public boolean isOpen() {
        return rectifiedOn == null;
    }

    /** Open past its rectify-by day. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && rectifyBy.isBefore(today);
    }
}
