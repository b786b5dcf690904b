package cn.gongguan.uikit;

import java.util.OptionalInt;

/**
 * A count shown beside a menu entry (e.g. the exchange's items waiting), contributed by a feature so that the shell
 * knows no feature: the shell collects every bean of this type and asks each, on every navigation, for its count.
 */
public interface MenuBadge {

    /** The route of the menu entry the count belongs to, as its view declares it ({@code exchange}). */
    String path();

    /** The count for the logged-in user, or empty when there is none to show them (nothing waiting, or not theirs). */
    OptionalInt count();
}
