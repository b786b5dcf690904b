package cn.gongguan.governance;

import cn.gongguan.platform.Labelled;

/** The kinds of key locations (重点场所) the policy (三2) asks to sweep together. */
public enum LocationKind implements Labelled {
    /** 城乡结合部 */
    URBAN_FRINGE,
    /** 城中村 */
    URBAN_VILLAGE,
    /** 建筑工地 */
    CONSTRUCTION_SITE,
    /** 农贸市场 */
    FARMERS_MARKET,
    OTHER;

    @Override
    public String labelKey() {
        return "location.kind." + name();
    }
}
