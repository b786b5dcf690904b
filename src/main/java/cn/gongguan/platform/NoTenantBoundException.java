package cn.gongguan.platform;

/** Thrown when tenant data is reached with no tenant bound to the thread: there is never a default tenant. */
public class NoTenantBoundException extends IllegalStateException {

    NoTenantBoundException() {
        super("No tenant is bound to this thread; tenant data can only be reached for the authenticated user's tenant");
    }
}
