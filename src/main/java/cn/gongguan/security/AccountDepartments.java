package cn.gongguan.security;

import java.util.List;

/**
 * The departments a liaison account (部门联络员) may speak for, by code; each one's label is {@code department.<code>}.
 * The catalogue of departments lives with the reference data, which depends on this package: it provides this, so
 * that accounts name a department without a cycle between the two.
 */
public interface AccountDepartments {

    List<String> codes();
}
