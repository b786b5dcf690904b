package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;

/** A tenant as the registry knows it, with its provisioning status. */
public record Tenant(TenantCode code, String name, TenantCode parent, Status status, String statusMessage) {

    public TenantKind kind() {
        return code.kind();
    }

    public boolean isReady() {
        return status == Status.READY;
    }

    public enum Status {
        /** Declared, its schema not yet migrated. */
        PENDING,
        /** Migrated and usable. */
        READY,
        /** Its last migration failed; its users are told, every other tenant works. */
        FAILED
    }
}
