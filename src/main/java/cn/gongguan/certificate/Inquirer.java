package cn.gongguan.certificate;

import cn.gongguan.reference.Department;

/**
 * Who asked for a certificate's state: the department, and the user on the page or the API token (by its name) of
 * that department's own system.
 */
public record Inquirer(Department department, String by, Channel channel) {

    public enum Channel {
        /** The verification page, by a department verifier (部门核验员). */
        PAGE,
        /** {@code GET /api/v1/certificates/{idNumber}}, by a department's API token. */
        API
    }

    /** How the audit trail and the follow-up name the asker: the user name, or "token:" and the token's name. */
    String actor() {
        return channel == Channel.API ? "token:" + by : by;
    }
}
