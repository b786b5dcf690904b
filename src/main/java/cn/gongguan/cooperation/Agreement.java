package cn.gongguan.cooperation;

import cn.gongguan.platform.TenantCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement (区域协作协议) of a county or township (its owner) with other regions.
 *
 * @param parties  the partner regions' GB/T 2260 codes
 * @param file     the signed file, or null when none was uploaded yet
 * @param version  counts the saves, for stale edits
 */
public record Agreement(long id, TenantCode owner, String title, LocalDate startsOn, LocalDate endsOn, String scope,
                        List<String> parties, FileInfo file, String updatedBy, Instant updatedAt, long version) {

    /** A stored file as lists show it, without its bytes. */
    public record FileInfo(long id, String name, String contentType, int size) {
    }

    public AgreementState state(LocalDate today) {
        return AgreementState.of(startsOn, endsOn, today);
    }
}
