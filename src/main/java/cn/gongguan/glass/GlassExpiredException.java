package cn.gongguan.glass;

/** The access has expired (or is not the caller's): the record no longer opens under it. */
public class GlassExpiredException extends RuntimeException {

    private final transient GlassAccess access;

    GlassExpiredException(GlassAccess access) {
        super("break-the-glass access " + access.id() + " expired at " + access.expiresAt());
        this.access = access;
    }

    public GlassAccess access() {
        return access;
    }
}
