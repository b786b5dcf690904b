package cn.gongguan.workbook;

/**
 * What an import did.
 *
 * @param added         rows that added a record
 * @param updated       rows that completed a record already there (e.g. a return day that closed a trip)
 * @param unchanged     rows whose record was there already, left as it is: a file imported again adds nothing
 * @param rejected      rows refused, returned in the error workbook
 * @param errorWorkbook the rejected rows as they were, each wrong cell marked with its reason; null when none
 */
public record ImportResult(int added, int updated, int unchanged, int rejected, byte[] errorWorkbook) {
}
