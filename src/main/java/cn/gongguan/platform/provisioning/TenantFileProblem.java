package cn.gongguan.platform.provisioning;

/** Why a tenant tree file was rejected, where: {@code 621227-huixian.yaml:14: unknown parent 621228}. */
public record TenantFileProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
