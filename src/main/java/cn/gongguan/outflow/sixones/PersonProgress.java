package cn.gongguan.outflow.sixones;

/** One person away and how many of the six ones they have (x of 6). */
public record PersonProgress(long personId, String name, String orgUnit, int done) {
}
