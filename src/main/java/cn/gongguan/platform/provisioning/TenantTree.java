package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantDeclaration;
import java.util.List;

/** What the tenant tree files declare: the tenants of every accepted file, and why the others were rejected. */
public record TenantTree(List<TenantDeclaration> tenants, List<TenantFileProblem> problems) {

    public TenantTree {
        tenants = List.copyOf(tenants);
        problems = List.copyOf(problems);
    }
}
