package cn.gongguan.housing;

/** A count for one org unit (null: a house in no unit), as the housing figures are counted per unit. */
interface UnitCount {

    String getUnit();

    long getTotal();
}
